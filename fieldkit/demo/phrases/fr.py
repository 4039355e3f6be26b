# ruff: noqa: E501
from fieldkit.demo.phrases import Pool

POOL = Pool(
    language="fr",
    interviewer="Enquêtrice",
    opening=(
        (
            "Merci de m'accorder ce temps. Êtes-vous toujours d'accord pour que j'enregistre ?",
            "Oui, pas de problème, nous en avons parlé la semaine dernière.",
        ),
        (
            "Pouvez-vous d'abord me parler de votre rôle ici ?",
            "Je participe au programme depuis ses débuts à {place}, il y a environ {n} mois.",
        ),
    ),
    closing=(
        "Voulez-vous ajouter quelque chose avant que nous terminions ?",
        "Seulement que les gens devraient venir voir par eux-mêmes. Merci de nous avoir écoutés.",
    ),
    questions={
        "trust": (
            "Comment décririez-vous les relations entre les personnes impliquées ici ?",
            "Qu'est-ce qui fait que les familles ont confiance, ou non, dans le programme ?",
        ),
        "digital": (
            "Comment les apprenants ont-ils accès aux téléphones, à la radio ou à internet ?",
            "Que se passe-t-il quand les appareils ou le réseau ne fonctionnent pas ?",
        ),
        "teachers": (
            "Quel soutien les enseignants reçoivent-ils, et que leur manque-t-il encore ?",
            "Votre travail d'enseignant a-t-il changé depuis le début du programme ?",
        ),
        "families": (
            "Comment les parents et la communauté participent-ils aux apprentissages des enfants ?",
            "Qui, dans la communauté, aide le programme, et de quelle façon ?",
        ),
        "data": (
            "Quelles informations recueillez-vous, et qu'en faites-vous ?",
            "Est-ce que quelqu'un utilise les résultats pour changer ce qui se passe en classe ?",
        ),
        "learners": (
            "Comment les enfants participent-ils aux décisions sur leurs apprentissages ?",
            "Pouvez-vous me parler d'un élève dont les progrès vous ont surpris ?",
        ),
        "culture": (
            "Comment le programme utilise-t-il la langue locale et les savoirs locaux ?",
            "Qu'est-ce qui a été adapté à ce lieu et à ses habitants ?",
        ),
        "equity": (
            "Selon vous, quels enfants restent encore à l'écart ?",
            "Que fait-on pour les filles et pour les enfants en situation de handicap ?",
        ),
        "scale": (
            "Est-ce que cela pourrait marcher dans d'autres départements, et à quelles conditions ?",
            "Comment travaillez-vous avec l'État et avec les autres organisations ?",
        ),
    },
    answers={
        "trust": (
            "Au début, les parents ne nous faisaient pas confiance, trop de projets étaient passés sans rester.",
            "La confiance est venue quand ils ont vu que nous revenions chaque semaine, même pendant l'hivernage.",
            "Les enfants parlent plus librement aux animateurs qu'à leurs maîtres de l'école.",
            "Quand l'enseignant rend visite à une famille, la relation change complètement.",
            "Ici, les gens croient ce qu'ils voient, pas ce qui est écrit dans un rapport.",
        ),
        "digital": (
            "Peu de familles à {place} ont un smartphone, et c'est souvent le père qui le garde.",
            "Nous rechargeons les tablettes au kiosque solaire, mais les jours nuageux la moitié reste vide.",
            "Le réseau va et vient, alors nous téléchargeons les leçons en ville une fois par mois.",
            "Les cours à la radio touchent des villages où aucun enseignant ne veut aller.",
            "Le crédit internet coûte cher, donc les parents éteignent leur téléphone pour économiser.",
        ),
        "teachers": (
            "Les enseignants ont des classes de plus de {n} élèves et très peu de manuels.",
            "La réunion mensuelle avec les collègues est l'endroit où j'apprends le plus.",
            "Beaucoup d'enseignants sont des volontaires, et certains partent dès qu'ils trouvent un salaire.",
            "Les visites d'accompagnement m'ont donné le courage d'essayer le travail en groupes.",
            "Nous avons besoin de formation pour enseigner la lecture, pas seulement pour remplir des registres.",
        ),
        "families": (
            "Les mères viennent aux séances de lecture, et certaines apprennent à lire elles aussi.",
            "Le comité des parents cotise un peu pour payer l'enseignant volontaire.",
            "Les grands-parents racontent des contes le soir, et les enfants les écrivent.",
            "Le chef de village a annoncé le programme au marché, et cela a beaucoup aidé.",
            "Pendant les récoltes, beaucoup d'enfants aident leur famille et manquent les séances.",
            "Les parents d'élèves se réunissent une fois par mois avec les enseignants.",
        ),
        "data": (
            "Nous évaluons la lecture des enfants chaque trimestre avec un court test oral.",
            "Les résultats partent à l'inspection, mais nous avons rarement un retour.",
            "Nous utilisons les présences pour appeler les familles quand un enfant ne vient plus.",
            "Les chiffres montrent les inscriptions, mais pas si les enfants apprennent vraiment.",
            "Le ministère a demandé nos données après l'évaluation, c'était une première.",
        ),
        "learners": (
            "Les enfants choisissent les livres qu'ils veulent lire, et ils lisent davantage.",
            "Une fillette ne savait lire aucun mot en mars, et maintenant elle lit à ses frères.",
            "Les élèves travaillent en petits groupes selon leur niveau, pas selon leur âge.",
            "Les plus grands aident les plus petits, et tout le monde apprend.",
            "Nous demandons aux élèves ce qu'ils veulent faire plus tard, et nous partons de là.",
        ),
        "culture": (
            "Les premières leçons se font en langue maternelle, puis nous passons doucement au français.",
            "Nous avons écrit des histoires sur notre propre village, avec des prénoms que les enfants connaissent.",
            "Les chants et les jeux viennent de la communauté, pas d'un manuel.",
            "Au début, le programme parlait de trains et de neige, que personne ici n'a jamais vus.",
            "Nous avons changé l'horaire pour qu'il respecte les jours de marché et les heures de prière.",
        ),
        "equity": (
            "Les filles abandonnent à la puberté, surtout quand il n'y a pas de latrines.",
            "Les enfants handicapés restaient cachés à la maison, maintenant quelques-uns viennent.",
            "Les familles les plus pauvres habitent loin du centre, et le trajet est long.",
            "Certains enfants n'ont pas d'acte de naissance et ne peuvent pas passer l'examen.",
            "Nous gardons des places pour les enfants qui ne sont jamais allés à l'école.",
        ),
        "scale": (
            "L'inspection veut reprendre le modèle dans {n} écoles de plus l'année prochaine.",
            "Nous ne pouvons pas grandir plus vite que la formation des animateurs.",
            "Travailler avec le ministère prend du temps, mais sans lui rien ne dure.",
            "D'autres associations sont venues nous voir, et nous partageons maintenant nos supports.",
            "Le financement ne dure que trois ans, et nous nous inquiétons pour la suite.",
        ),
    },
    fillers=(
        "Oui, exactement.",
        "C'est une bonne question.",
        "Laissez-moi réfléchir.",
        "Ça dépend de la saison.",
        "Pas vraiment, non.",
    ),
    topic_labels={
        "trust": "confiance et relations",
        "digital": "accès au numérique",
        "teachers": "enseignants",
        "families": "familles et communauté",
        "data": "données et évaluation",
        "learners": "apprenants",
        "culture": "langue et culture locales",
        "equity": "équité et inclusion",
        "scale": "passage à l'échelle et partenariats",
    },
    settings=(
        "Salle de classe, séance du matin",
        "Sous le manguier derrière l'école",
        "Salle communautaire pendant une réunion de parents",
        "Case de lecture dans la concession du chef",
        "Kiosque de recharge solaire au marché",
        "Cercle d'enseignants à l'inspection",
    ),
    observation_openers=(
        "Je suis arrivée à {time} ; {n} enfants environ attendaient déjà.",
        "La séance a commencé en retard, l'animatrice venait à pied de {place}.",
        "Il avait plu pendant la nuit et le chemin vers le centre était boueux.",
        "La salle était petite et chaude, {n} apprenants assis sur des nattes et des bancs.",
    ),
    observations={
        "trust": (
            "L'animatrice a salué chaque enfant par son prénom et a demandé des nouvelles de sa famille.",
            "Deux mères sont restées à la porte pendant toute la séance, à observer en silence.",
        ),
        "digital": (
            "Seules {n} tablettes étaient chargées, les enfants les partageaient par groupes de quatre.",
            "Le signal radio était faible et la leçon a été interrompue deux fois.",
        ),
        "teachers": (
            "L'enseignant a repris la fiche du dernier cercle pédagogique en l'adaptant.",
            "Le volontaire avait du mal à garder l'attention des grands garçons.",
        ),
        "families": (
            "Une mère bénévole lisait un conte à voix haute pendant que l'enseignant aidait un petit groupe.",
            "La réunion s'est terminée par une discussion sur la rémunération du volontaire.",
        ),
        "data": (
            "L'animateur notait les présences et les scores de lecture dans un cahier usé.",
            "L'inspecteur a demandé les résultats du trimestre sans les commenter.",
        ),
        "learners": (
            "Les enfants circulaient entre les coins lecture et choisissaient eux-mêmes leurs livres.",
            "Les apprenants étaient regroupés par niveau, les plus grands aidant les plus petits.",
        ),
        "culture": (
            "La séance a commencé par un chant en langue locale que tout le monde connaissait.",
            "Le conte lu à voix haute avait été écrit par une grand-mère du village.",
        ),
        "equity": (
            "Trois filles sont arrivées en retard parce qu'elles étaient allées chercher de l'eau.",
            "Un garçon malentendant était assis devant et suivait grâce aux gestes.",
        ),
        "scale": (
            "Des visiteurs d'un département voisin prenaient des notes sur le déroulement des séances.",
            "Le coordinateur a expliqué que {n} autres écoles adopteront le modèle.",
        ),
    },
    summary=(
        "Entretien avec {code} ({role}) à {place}. Thèmes principaux : {topics}. "
        "La personne décrit le travail quotidien du programme et ses difficultés."
    ),
    group_summary=(
        "Entretien de groupe avec {code} ({role}) à {place}. Thèmes principaux : {topics}. "
        "Le groupe décrit le travail quotidien du programme et ses difficultés."
    ),
)

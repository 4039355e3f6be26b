# ruff: noqa: E501
from fieldkit.demo.phrases import Pool

POOL = Pool(
    language="pt",
    interviewer="Entrevistadora",
    opening=(
        (
            "Obrigada pelo seu tempo. Continua de acordo que eu grave a nossa conversa?",
            "Sim, tudo bem, já tínhamos combinado na semana passada.",
        ),
        (
            "Pode começar contando um pouco sobre o seu papel aqui?",
            "Estou no programa desde que começou em {place}, há uns {n} meses.",
        ),
    ),
    closing=(
        "Há mais alguma coisa que gostaria de acrescentar antes de terminarmos?",
        "Só que as pessoas deviam vir ver com os próprios olhos. Obrigado por nos ouvir.",
    ),
    questions={
        "trust": (
            "Como descreveria as relações entre as pessoas envolvidas aqui?",
            "O que faz as famílias confiarem, ou não, no programa?",
        ),
        "digital": (
            "Como os alunos têm acesso a celular, rádio ou internet?",
            "O que acontece quando os aparelhos ou a rede não funcionam?",
        ),
        "teachers": (
            "Que apoio os professores recebem, e o que ainda falta?",
            "Como mudou o seu trabalho de professora desde que o programa começou?",
        ),
        "families": (
            "Como os pais e a comunidade participam da aprendizagem das crianças?",
            "Quem na comunidade apoia o programa, e de que forma?",
        ),
        "data": (
            "Que informações vocês recolhem, e o que fazem com elas?",
            "Alguém usa os resultados para mudar o que acontece na sala de aula?",
        ),
        "learners": (
            "Como as próprias crianças participam das decisões sobre a sua aprendizagem?",
            "Pode falar de um aluno cujo progresso a surpreendeu?",
        ),
        "culture": (
            "Como o programa usa a língua e os saberes locais?",
            "O que foi adaptado a este lugar e à sua gente?",
        ),
        "equity": (
            "Na sua opinião, que crianças ainda ficam de fora?",
            "O que se faz pelas meninas e pelas crianças com deficiência?",
        ),
        "scale": (
            "Isto poderia funcionar noutros municípios? O que seria preciso?",
            "Como trabalham com o governo e com outras organizações?",
        ),
    },
    answers={
        "trust": (
            "No início os pais não confiavam, porque muitos projetos vieram e foram embora.",
            "A confiança veio quando viram que voltávamos toda semana, mesmo na época das chuvas.",
            "As crianças falam com as monitoras com mais liberdade do que com os professores.",
            "Quando a professora visita uma família em casa, a relação muda completamente.",
            "Aqui as pessoas acreditam no que veem, não no que está escrito num relatório.",
        ),
        "digital": (
            "Poucas famílias em {place} têm smartphone, e quase sempre é o pai que fica com ele.",
            "Carregamos os tablets no painel solar, mas nos dias nublados metade fica sem bateria.",
            "A rede vai e vem, então baixamos as aulas na cidade uma vez por mês.",
            "As aulas pelo rádio chegam a comunidades ribeirinhas onde nenhum professor quer ir.",
            "O pacote de dados é caro e os pais desligam o celular para poupar crédito.",
        ),
        "teachers": (
            "Os professores têm turmas de mais de {n} crianças e pouquíssimos livros.",
            "O encontro mensal com outros professores é onde eu mais aprendo.",
            "Muitos professores são voluntários e alguns saem quando encontram um emprego pago.",
            "As visitas de acompanhamento me deram coragem para experimentar o trabalho em grupo.",
            "Precisamos de formação para ensinar a ler, não só para preencher fichas.",
        ),
        "families": (
            "As mães vêm às sessões de leitura e algumas também estão aprendendo a ler.",
            "A associação de pais junta um pouco de dinheiro para pagar o professor voluntário.",
            "Os avós contam histórias à noite e as crianças escrevem-nas.",
            "O líder comunitário anunciou o programa na feira, e isso ajudou muito.",
            "Na época da colheita muitas crianças ajudam a família e faltam às sessões.",
        ),
        "data": (
            "Avaliamos a leitura das crianças a cada trimestre com um teste oral curto.",
            "Os resultados vão para a secretaria de educação, mas quase nunca temos retorno.",
            "Usamos a frequência para ligar às famílias quando uma criança deixa de vir.",
            "Os números mostram a matrícula, mas não mostram se as crianças aprendem.",
            "O ministério pediu os nossos dados depois da avaliação, e isso foi novidade.",
        ),
        "learners": (
            "As crianças escolhem os livros que querem ler, e leem mais.",
            "Uma menina não lia nenhuma palavra em março e agora lê para os irmãos.",
            "Os alunos trabalham em pequenos grupos por nível, não por idade.",
            "Os mais velhos ajudam os mais novos, e todos aprendem.",
            "Perguntamos aos alunos o que querem fazer depois da escola e partimos daí.",
        ),
        "culture": (
            "As primeiras aulas são na língua materna e depois passamos aos poucos para o português.",
            "Escrevemos histórias sobre a nossa própria comunidade, com nomes que as crianças conhecem.",
            "As cantigas e as brincadeiras vêm da comunidade, não de um livro didático.",
            "Os mais velhos vieram ensinar sobre a roça e o calendário das chuvas.",
            "Mudamos o horário para respeitar os dias de feira e as festas da comunidade.",
        ),
        "equity": (
            "As meninas abandonam na adolescência, sobretudo quando não há casa de banho.",
            "As crianças com deficiência ficavam escondidas em casa, e agora algumas vêm.",
            "As famílias mais pobres moram longe e o caminho é muito comprido.",
            "Algumas crianças trabalham na pesca ou na roça e só podem vir à noite.",
            "Guardamos vagas para as crianças que nunca foram à escola.",
        ),
        "scale": (
            "A secretaria quer copiar o modelo em mais {n} escolas no próximo ano.",
            "Não podemos crescer mais depressa do que a formação das monitoras permite.",
            "Trabalhar com o ministério leva tempo, mas sem ele nada dura.",
            "Outras organizações vieram nos visitar e agora partilhamos materiais com elas.",
            "O financiamento é só por três anos e preocupa-nos o que vem depois.",
        ),
    },
    fillers=(
        "Sim, exatamente.",
        "É uma boa pergunta.",
        "Deixe-me pensar.",
        "Depende da época.",
        "Não muito, não.",
    ),
    topic_labels={
        "trust": "confiança e relações",
        "digital": "acesso digital",
        "teachers": "professores",
        "families": "famílias e comunidade",
        "data": "dados e avaliação",
        "learners": "alunos",
        "culture": "língua e cultura locais",
        "equity": "equidade e inclusão",
        "scale": "escala e parcerias",
    },
    settings=(
        "Sala de aula, turno da manhã",
        "Barracão comunitário durante uma reunião de pais",
        "Barco-biblioteca atracado na comunidade",
        "Encontro de professores na secretaria de educação",
        "Debaixo do cajueiro atrás da escola",
        "Visita domiciliar com a monitora",
    ),
    observation_openers=(
        "Cheguei às {time}; já havia umas {n} crianças à espera.",
        "A sessão começou atrasada porque a monitora veio a pé de {place}.",
        "Tinha chovido durante a noite e o caminho até o centro estava cheio de lama.",
        "A sala era pequena e quente, com {n} alunos sentados em esteiras e bancos.",
    ),
    observations={
        "trust": (
            "A monitora cumprimentou cada criança pelo nome e perguntou pela família.",
            "Duas mães ficaram à porta durante toda a sessão, observando em silêncio.",
        ),
        "digital": (
            "Só {n} tablets estavam carregados, e as crianças partilhavam-nos em grupos de quatro.",
            "O sinal do rádio estava fraco e a aula foi interrompida duas vezes.",
        ),
        "teachers": (
            "A professora usou o plano do último encontro de professores e adaptou-o.",
            "O voluntário teve dificuldade em manter a atenção dos rapazes mais velhos.",
        ),
        "families": (
            "Uma mãe voluntária leu uma história em voz alta enquanto a professora atendia um grupo.",
            "A reunião terminou com uma discussão sobre como pagar o voluntário.",
        ),
        "data": (
            "A monitora anotava a frequência e as notas de leitura num caderno gasto.",
            "O técnico da secretaria pediu os resultados do trimestre mas não os comentou.",
        ),
        "learners": (
            "As crianças circulavam entre os cantinhos de leitura e escolhiam os seus livros.",
            "Os alunos estavam agrupados por nível e os mais velhos ajudavam os mais novos.",
        ),
        "culture": (
            "A sessão começou com uma cantiga na língua local que todos conheciam.",
            "A história lida em voz alta foi escrita por uma avó da comunidade.",
        ),
        "equity": (
            "Três meninas chegaram atrasadas porque foram buscar água primeiro.",
            "Um menino com deficiência auditiva sentou-se à frente e acompanhava por gestos.",
        ),
        "scale": (
            "Visitantes de um município vizinho tomavam notas sobre como as sessões funcionam.",
            "O coordenador explicou que mais {n} escolas vão adotar o modelo.",
        ),
    },
    summary=(
        "Entrevista com {code} ({role}) em {place}. Temas principais: {topics}. "
        "A pessoa descreve o trabalho diário do programa e as suas dificuldades."
    ),
    group_summary=(
        "Entrevista em grupo com {code} ({role}) em {place}. Temas principais: {topics}. "
        "O grupo descreve o trabalho diário do programa e as suas dificuldades."
    ),
)

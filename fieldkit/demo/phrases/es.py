# ruff: noqa: E501
from fieldkit.demo.phrases import Pool

POOL = Pool(
    language="es",
    interviewer="Entrevistadora",
    opening=(
        (
            "Gracias por su tiempo. ¿Sigue de acuerdo con que grabe la conversación?",
            "Sí, claro, ya lo habíamos conversado la semana pasada.",
        ),
        (
            "¿Podría contarme primero cuál es su papel aquí?",
            "Estoy en el programa desde que empezó en {place}, hace unos {n} meses.",
        ),
    ),
    closing=(
        "¿Hay algo más que quiera añadir antes de terminar?",
        "Solo que la gente venga a ver con sus propios ojos. Gracias por escucharnos.",
    ),
    questions={
        "trust": (
            "¿Cómo describiría las relaciones entre las personas que participan aquí?",
            "¿Qué hace que las familias confíen, o no, en el programa?",
        ),
        "digital": (
            "¿Cómo acceden los estudiantes a celulares, radio o internet?",
            "¿Qué pasa cuando los equipos o la señal no funcionan?",
        ),
        "teachers": (
            "¿Qué apoyo reciben los docentes y qué les sigue faltando?",
            "¿Cómo ha cambiado su trabajo como profesora desde que empezó el programa?",
        ),
        "families": (
            "¿Cómo participan los padres y la comunidad en el aprendizaje de los niños?",
            "¿Quién en la comunidad apoya el programa, y cómo?",
        ),
        "data": (
            "¿Qué información recogen y qué hacen con ella?",
            "¿Alguien usa los resultados para cambiar lo que pasa en el aula?",
        ),
        "learners": (
            "¿Cómo participan los propios niños en las decisiones sobre su aprendizaje?",
            "¿Me puede hablar de un estudiante cuyo progreso la sorprendió?",
        ),
        "culture": (
            "¿Cómo usa el programa la lengua y los saberes locales?",
            "¿Qué se adaptó para que encaje con este lugar y su gente?",
        ),
        "equity": (
            "En su opinión, ¿qué niños siguen quedando fuera?",
            "¿Qué se hace por las niñas y por los niños con discapacidad?",
        ),
        "scale": (
            "¿Esto podría funcionar en otros municipios? ¿Qué haría falta?",
            "¿Cómo trabajan con el Estado y con otras organizaciones?",
        ),
    },
    answers={
        "trust": (
            "Al principio los padres no confiaban, porque muchos proyectos vinieron y se fueron.",
            "La confianza llegó cuando vieron que volvíamos cada semana, aun en época de lluvias.",
            "Los niños hablan con las facilitadoras con más libertad que con sus profesores.",
            "Cuando la profesora visita a una familia en su casa, la relación cambia por completo.",
            "Aquí la gente cree en lo que ve, no en lo que dice un informe.",
        ),
        "digital": (
            "Pocas familias en {place} tienen un celular inteligente, y casi siempre lo guarda el papá.",
            "Cargamos las tabletas con el panel solar, pero en días nublados la mitad queda sin batería.",
            "La señal va y viene, así que descargamos las clases en el pueblo una vez al mes.",
            "Las clases por radio llegan a veredas donde ningún docente quiere ir.",
            "Los datos móviles son caros y los padres apagan el celular para ahorrar saldo.",
        ),
        "teachers": (
            "Los docentes tienen grupos de más de {n} niños y muy pocos libros.",
            "La reunión mensual con otros profesores es donde más aprendo.",
            "Muchos docentes son voluntarios y algunos se van cuando encuentran un trabajo pagado.",
            "El acompañamiento en el aula me dio confianza para probar el trabajo en grupos.",
            "Necesitamos formación para enseñar a leer, no solo para llenar formatos.",
            "Los maestros de la vereda se reúnen cada quince días para planear juntos.",
        ),
        "families": (
            "Las mamás vienen a las sesiones de lectura y algunas también están aprendiendo a leer.",
            "La junta de padres reúne un poco de dinero para pagar al profesor voluntario.",
            "Los abuelos cuentan historias por la noche y los niños las escriben.",
            "El líder de la comunidad anunció el programa en la asamblea, y eso ayudó mucho.",
            "En tiempo de cosecha muchos niños ayudan a su familia y faltan a las sesiones.",
        ),
        "data": (
            "Evaluamos la lectura de los niños cada trimestre con una prueba oral corta.",
            "Los resultados van a la secretaría de educación, pero casi nunca recibimos respuesta.",
            "Usamos la asistencia para llamar a las familias cuando un niño deja de venir.",
            "Las cifras muestran la matrícula, pero no muestran si los niños aprenden.",
            "El ministerio pidió nuestros datos después de la evaluación, y eso fue una novedad.",
        ),
        "learners": (
            "Los niños eligen los libros que quieren leer, y leen más.",
            "Una niña no leía ni una palabra en marzo y ahora les lee a sus hermanos.",
            "Los estudiantes trabajan en grupos pequeños por nivel, no por edad.",
            "Los mayores ayudan a los pequeños, y todos aprenden.",
            "Les preguntamos qué quieren hacer después del colegio y partimos de ahí.",
        ),
        "culture": (
            "Las primeras clases son en la lengua materna y luego pasamos poco a poco al castellano.",
            "Escribimos cuentos sobre nuestra propia comunidad, con nombres que los niños reconocen.",
            "Las canciones y los juegos vienen de la comunidad, no de un libro de texto.",
            "Los sabedores vinieron a enseñar sobre la chagra y el calendario de las lluvias.",
            "Cambiamos el horario para que respete los días de mercado y las mingas.",
        ),
        "equity": (
            "Las niñas dejan de venir en la adolescencia, sobre todo si no hay baños.",
            "Los niños con discapacidad estaban escondidos en casa, y ahora algunos vienen.",
            "Las familias más pobres viven lejos y el camino es muy largo.",
            "Los niños migrantes en {place} no siempre tienen los papeles para matricularse.",
            "Guardamos cupos para los niños que nunca han ido a la escuela.",
        ),
        "scale": (
            "La secretaría quiere copiar el modelo en {n} escuelas más el próximo año.",
            "No podemos crecer más rápido de lo que permite la formación de facilitadoras.",
            "Trabajar con el ministerio toma tiempo, pero sin él nada dura.",
            "Otras fundaciones vinieron a vernos y ahora compartimos materiales con ellas.",
            "La financiación es solo por tres años y nos preocupa lo que venga después.",
        ),
    },
    fillers=(
        "Sí, exacto.",
        "Es una buena pregunta.",
        "Déjeme pensar.",
        "Depende de la temporada.",
        "La verdad, no.",
    ),
    topic_labels={
        "trust": "confianza y relaciones",
        "digital": "acceso digital",
        "teachers": "docentes",
        "families": "familias y comunidad",
        "data": "datos y evaluación",
        "learners": "estudiantes",
        "culture": "lengua y cultura locales",
        "equity": "equidad e inclusión",
        "scale": "escala y alianzas",
    },
    settings=(
        "Aula, jornada de la mañana",
        "Caseta comunal durante una reunión de padres",
        "Biblioteca itinerante en la plaza de la vereda",
        "Círculo de docentes en la secretaría de educación",
        "Maloca de la comunidad",
        "Visita a una casa con la facilitadora",
    ),
    observation_openers=(
        "Llegué a las {time}; ya esperaban unos {n} niños.",
        "La sesión empezó tarde porque la facilitadora venía caminando desde {place}.",
        "Había llovido en la noche y el camino al centro estaba lleno de barro.",
        "El salón era pequeño y caluroso, con {n} estudiantes en esteras y bancas.",
    ),
    observations={
        "trust": (
            "La facilitadora saludó a cada niño por su nombre y preguntó por su familia.",
            "Dos mamás se quedaron en la puerta toda la sesión, mirando en silencio.",
        ),
        "digital": (
            "Solo {n} tabletas tenían carga, y los niños las compartían en grupos de cuatro.",
            "La señal de la radio era débil y la clase se cortó dos veces.",
        ),
        "teachers": (
            "La profesora usó la planeación del último círculo de docentes y la adaptó.",
            "El voluntario tuvo dificultades para mantener la atención de los muchachos mayores.",
        ),
        "families": (
            "Una mamá voluntaria leyó un cuento en voz alta mientras la profesora atendía a un grupo.",
            "La reunión terminó con una discusión sobre cómo pagar al voluntario.",
        ),
        "data": (
            "La facilitadora anotaba la asistencia y los puntajes de lectura en un cuaderno gastado.",
            "El funcionario pidió los resultados del trimestre pero no los comentó.",
        ),
        "learners": (
            "Los niños se movían entre los rincones de lectura y elegían sus libros.",
            "Los estudiantes estaban agrupados por nivel y los mayores ayudaban a los pequeños.",
        ),
        "culture": (
            "La sesión empezó con una canción en la lengua propia que todos conocían.",
            "El cuento leído en voz alta lo escribió una abuela de la comunidad.",
        ),
        "equity": (
            "Tres niñas llegaron tarde porque primero fueron a buscar agua.",
            "Un niño con discapacidad auditiva se sentó adelante y seguía por señas.",
        ),
        "scale": (
            "Visitantes de un municipio vecino tomaban notas sobre cómo se organizan las sesiones.",
            "El coordinador explicó que {n} escuelas más adoptarán el modelo.",
        ),
    },
    summary=(
        "Entrevista con {code} ({role}) en {place}. Temas principales: {topics}. "
        "La persona describe el trabajo diario del programa y sus dificultades."
    ),
    group_summary=(
        "Entrevista grupal con {code} ({role}) en {place}. Temas principales: {topics}. "
        "El grupo describe el trabajo diario del programa y sus dificultades."
    ),
)

# ruff: noqa: E501
from fieldkit.demo.phrases import Pool

POOL = Pool(
    language="en",
    interviewer="Interviewer",
    opening=(
        (
            "Thank you for making time today. Is it still fine for me to record our conversation?",
            "Yes, that is fine. We agreed on it last week.",
        ),
        (
            "Could you start by telling me a little about your role here?",
            "I have been part of this programme since it started in {place}, about {n} months ago.",
        ),
    ),
    closing=(
        "Is there anything else you would like to add before we stop?",
        "Only that people should come and see for themselves. Thank you for listening to us.",
    ),
    questions={
        "trust": (
            "How would you describe the relationships between the people involved here?",
            "What makes families trust the programme, or not trust it?",
        ),
        "digital": (
            "How do learners here get access to phones, radios or the internet?",
            "What happens when the devices or the network do not work?",
        ),
        "teachers": (
            "What support do teachers receive, and what would they still need?",
            "How has your work as a teacher changed since the programme began?",
        ),
        "families": (
            "How are parents and the wider community involved in the children's learning?",
            "Who in the community helps the programme, and how?",
        ),
        "data": (
            "What information do you collect, and what do you do with it?",
            "Does anyone use the results to change what happens in the classroom?",
        ),
        "learners": (
            "How do the children themselves take part in decisions about their learning?",
            "Can you tell me about a learner whose progress surprised you?",
        ),
        "culture": (
            "How does the programme use the local language and local knowledge?",
            "Was anything adapted to fit this place and its people?",
        ),
        "equity": (
            "Which children are still left out, in your view?",
            "What is done for girls and for children with disabilities?",
        ),
        "scale": (
            "Could this work in other districts, and what would it take?",
            "How do you work with the government and with other organisations?",
        ),
    },
    answers={
        "trust": (
            "At first the parents did not trust us, because many projects had come and gone.",
            "Trust came slowly, when they saw that we returned every week, even in the rainy season.",
            "The children talk to the facilitators more freely than to their teachers at school.",
            "When a teacher visits a family at home, the relationship changes completely.",
            "People here believe what they see, not what is written in a report.",
            "Some learners told us that this is the first place where an adult asked how they feel.",
            "Their wellbeing matters to us as much as their marks.",
        ),
        "digital": (
            "Only a few families in {place} own a smartphone, and the father usually keeps it.",
            "We charge the tablets at the solar kiosk, but on cloudy days half of them stay empty.",
            "The network comes and goes, so we download the lessons in town once a month.",
            "The radio lessons reach children in villages where no teacher wants to go.",
            "Data bundles are expensive, so parents switch off their phones to save credit.",
            "When a tablet breaks, it can take {n} weeks before someone repairs it.",
            "Digital access is still the biggest gap: there is no electricity in half of the homes.",
            "A mobile phone with a weak internet connection is all most teachers have.",
        ),
        "teachers": (
            "Teachers here have classes of more than {n} children and very few books.",
            "The monthly meeting with other teachers is where I learn the most.",
            "Nobody asked us before; now the teachers plan the lessons together.",
            "Many teachers are volunteers, and some leave when they find paid work.",
            "The coaching visits gave me confidence to try group work in my class.",
            "We need training on how to teach reading, not only on how to fill in registers.",
            "The head teacher lets us use two classrooms in the afternoon.",
        ),
        "families": (
            "Mothers come to the reading sessions and some of them are learning to read too.",
            "The parents' committee collects a little money to pay the volunteer teacher.",
            "Grandparents tell stories in the evening, and the children write them down.",
            "The village chief announced the programme at the market, and that helped a lot.",
            "Some fathers still think that school is a waste of time for girls.",
            "During the harvest many children help their families and miss sessions.",
        ),
        "data": (
            "We test the children's reading every term with a short oral assessment.",
            "The results go to the district office, but we rarely hear anything back.",
            "We started to use the attendance data to call families when a child stops coming.",
            "The numbers show enrolment, but they do not show whether children are learning.",
            "The ministry asked for our data after the evaluation, and that was a first.",
            "Each facilitator records scores in a notebook, and I enter them on the phone at night.",
            "We now share the assessment results with parents, and their feedback changed our plans.",
            "The district wants evidence before it puts money into the programme.",
        ),
        "learners": (
            "The children choose the books they want to read, and they read more.",
            "One girl could not read a single word in March, and now she reads to her brothers.",
            "Learners work in small groups by level, not by age.",
            "The older children help the younger ones, and both of them learn.",
            "We ask the learners what they want to do after school, and we build on that.",
            "Many children arrive hungry, and it is hard for them to concentrate.",
        ),
        "culture": (
            "The first lessons are in the mother tongue, then we move slowly to the official language.",
            "We wrote stories about our own village, with names that children recognise.",
            "The songs and games come from the community, not from a textbook.",
            "At first the curriculum talked about trains and snow, which nobody here has seen.",
            "Elders were invited to teach about farming and the calendar of the seasons.",
            "We changed the timetable so that it fits market days and prayer times.",
        ),
        "equity": (
            "Girls drop out when they reach puberty, especially when there are no latrines.",
            "Children with disabilities were hidden at home, and now a few of them come.",
            "The poorest families live far from the centre, and the walk is long.",
            "Refugee children in {place} do not always have the documents to enrol.",
            "We keep places for children who have never been to school.",
            "Some children work in the mines or in the fields and can only come in the evening.",
            "Inclusion means more than enrolment; a child with a disability needs a teacher who knows what to do.",
        ),
        "scale": (
            "The district wants to copy the model in {n} more schools next year.",
            "We cannot grow faster than the training of facilitators allows.",
            "Working with the ministry takes time, but without it nothing lasts.",
            "Other organisations visited us, and now we share materials with them.",
            "The funding is for three years only, and we worry about what comes after.",
            "What works in a village of {n} families may not work in a big town.",
            "To scale up, the school leader and the district officer have to own the programme.",
        ),
    },
    fillers=(
        "Yes, exactly.",
        "That is a good question.",
        "Let me think about it.",
        "It depends on the season.",
        "I would say so, yes.",
        "Not really, no.",
    ),
    topic_labels={
        "trust": "trust and relationships",
        "digital": "digital access",
        "teachers": "teachers",
        "families": "families and community",
        "data": "data and evidence",
        "learners": "learners",
        "culture": "local language and culture",
        "equity": "equity and inclusion",
        "scale": "scale and partnerships",
    },
    settings=(
        "Classroom, morning session",
        "Under the mango tree behind the school",
        "Community hall during a parents' meeting",
        "Reading camp in a church compound",
        "Solar charging kiosk at the market",
        "Teacher learning circle at the district office",
        "Library motorbike stop in the village square",
        "Home visit with a facilitator",
    ),
    observation_openers=(
        "I arrived at {time}; about {n} children were already waiting.",
        "The session started late because the facilitator had walked from {place}.",
        "It had rained during the night and the path to the centre was muddy.",
        "The room was small and hot, with {n} learners sitting on mats and benches.",
    ),
    observations={
        "trust": (
            "The facilitator greeted each child by name and asked about their families.",
            "Two mothers stayed at the door for the whole session, watching quietly.",
        ),
        "digital": (
            "Only {n} of the tablets were charged, so the children shared them in groups of four.",
            "The radio signal was weak and the lesson was interrupted twice.",
        ),
        "teachers": (
            "The teacher used the lesson plan from the last learning circle and adapted it.",
            "The volunteer struggled to keep the older boys engaged.",
        ),
        "families": (
            "A parent volunteer read a story aloud while the teacher worked with a small group.",
            "The parents' meeting ended with a discussion on how to pay the volunteer.",
        ),
        "data": (
            "The facilitator recorded attendance and reading scores in a worn notebook.",
            "The district officer asked for the term results but did not discuss them.",
        ),
        "learners": (
            "Children moved freely between reading corners and chose their own books.",
            "Learners were grouped by reading level, and the older ones helped the younger.",
        ),
        "culture": (
            "The lesson began with a song in the local language that everyone knew.",
            "The story read aloud was written by a grandmother from the village.",
        ),
        "equity": (
            "Three girls arrived late because they had fetched water first.",
            "A boy with a hearing impairment sat at the front and followed with gestures.",
        ),
        "scale": (
            "Visitors from a neighbouring district took notes on how the sessions are run.",
            "The coordinator explained that the model will be adopted by {n} more schools.",
        ),
    },
    summary=(
        "Interview with {code} ({role}) in {place}. Main themes: {topics}. "
        "The participant describes the programme's day-to-day work and its difficulties."
    ),
    group_summary=(
        "Group interview with {code} ({role}) in {place}. Main themes: {topics}. "
        "The group describes the programme's day-to-day work and its difficulties."
    ),
)

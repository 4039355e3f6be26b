# ruff: noqa: E501
from fieldkit.demo.phrases import Pool

POOL = Pool(
    language="sw",
    interviewer="Mtafiti",
    opening=(
        (
            "Asante kwa muda wako. Bado uko tayari nirekodi mazungumzo yetu?",
            "Ndiyo, hakuna shida, tulikubaliana wiki iliyopita.",
        ),
        (
            "Unaweza kunieleza kidogo kuhusu kazi yako hapa?",
            "Nimekuwa kwenye mpango huu tangu ulipoanza {place}, miezi {n} iliyopita.",
        ),
    ),
    closing=(
        "Kuna jambo lingine ungependa kuongeza kabla hatujamaliza?",
        "Ni kwamba watu waje waone wenyewe. Asante kwa kutusikiliza.",
    ),
    questions={
        "trust": ("Unaweza kuelezaje uhusiano kati ya watu wanaohusika hapa?",),
        "digital": ("Wanafunzi hapa wanapataje simu, redio au intaneti?",),
        "teachers": ("Walimu wanapata msaada gani, na bado wanahitaji nini?",),
        "families": ("Wazazi na jamii wanashirikije katika masomo ya watoto?",),
        "data": ("Mnakusanya taarifa gani, na mnazitumiaje?",),
        "learners": ("Watoto wenyewe wanashirikije katika maamuzi kuhusu masomo yao?",),
        "culture": ("Mpango unatumiaje lugha ya nyumbani na maarifa ya jamii?",),
        "equity": ("Kwa maoni yako, ni watoto gani bado wameachwa nyuma?",),
        "scale": ("Je, mpango huu unaweza kufanya kazi katika kaunti nyingine?",),
    },
    answers={
        "trust": (
            "Mwanzoni wazazi hawakutuamini, kwa sababu miradi mingi ilikuja na kuondoka.",
            "Imani ilikuja polepole walipoona tunarudi kila wiki, hata wakati wa mvua.",
            "Watoto wanazungumza na wawezeshaji kwa uhuru zaidi kuliko na walimu wao shuleni.",
        ),
        "digital": (
            "Familia chache tu {place} zina simu janja, na mara nyingi baba ndiye anayeishika.",
            "Tunachaji tabiti kwenye kibanda cha sola, lakini siku za mawingu nusu yake zinabaki tupu.",
            "Mtandao unakuja na kupotea, kwa hiyo tunapakua masomo mjini mara moja kwa mwezi.",
            "Vifurushi vya data ni ghali, kwa hiyo wazazi huzima simu ili kuokoa salio.",
        ),
        "teachers": (
            "Walimu hapa wana madarasa ya watoto zaidi ya {n} na vitabu vichache sana.",
            "Mkutano wa kila mwezi na walimu wenzangu ndio mahali ninapojifunza zaidi.",
            "Walimu wengi ni wa kujitolea, na wengine huondoka wanapopata kazi ya mshahara.",
        ),
        "families": (
            "Akina mama huja kwenye vipindi vya kusoma na baadhi yao wanajifunza kusoma pia.",
            "Kamati ya wazazi huchanga pesa kidogo kumlipa mwalimu wa kujitolea.",
            "Wakati wa mavuno watoto wengi husaidia familia zao na kukosa vipindi.",
        ),
        "data": (
            "Tunapima usomaji wa watoto kila muhula kwa jaribio fupi la mdomo.",
            "Matokeo yanapelekwa ofisi ya elimu ya kaunti, lakini mara chache tunapata jibu.",
            "Tunatumia mahudhurio kupiga simu kwa familia mtoto anapoacha kuja.",
        ),
        "learners": (
            "Watoto huchagua vitabu wanavyotaka kusoma, na wanasoma zaidi.",
            "Msichana mmoja hakuweza kusoma neno hata moja mwezi Machi, sasa anawasomea ndugu zake.",
            "Wanafunzi hufanya kazi katika vikundi vidogo kulingana na kiwango, si umri.",
        ),
        "culture": (
            "Masomo ya kwanza ni kwa lugha ya mama, kisha tunahamia Kiswahili na Kiingereza polepole.",
            "Tuliandika hadithi kuhusu kijiji chetu, zenye majina ambayo watoto wanayatambua.",
            "Nyimbo na michezo inatoka kwa jamii, si kwenye kitabu cha kiada.",
        ),
        "equity": (
            "Wasichana huacha shule wanapobalehe, hasa pale ambapo hakuna vyoo.",
            "Watoto wenye ulemavu walifichwa nyumbani, na sasa baadhi yao wanakuja.",
            "Watoto wakimbizi {place} hawana nyaraka za kujiandikisha kila mara.",
        ),
        "scale": (
            "Kaunti inataka kuiga mfumo huu katika shule {n} zaidi mwaka ujao.",
            "Hatuwezi kukua haraka kuliko mafunzo ya wawezeshaji yanavyoruhusu.",
            "Kufanya kazi na wizara kunachukua muda, lakini bila wizara hakuna kinachodumu.",
        ),
    },
    fillers=(
        "Ndiyo, kabisa.",
        "Hilo ni swali zuri.",
        "Ngoja nifikirie kidogo.",
        "Inategemea msimu.",
    ),
)

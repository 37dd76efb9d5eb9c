"""Regenerate articles.jsonl: 30 reports, the third development gold file for the suggester.

Written and coded blind on 2026-12-03, before anyone ran the suggester on them: the writer did not
read the suggester's code, rules, patterns or resources (``annotator/nlp/``,
``annotator/schema_roles.py``, ``resources/actors.yaml``, the ``suggest:`` and ``triggers:``
sections of ``resources/schemas/acled.yaml``), its tests (``tests/test_nlp*.py``,
``tests/test_suggest*.py``), the other gold files (``nlp_gold``, ``learning_gold``, ``dev_gold``,
``dev_gold_2``, ``heldout_gold_2``, ``heldout_gold_4`` and ``heldout_gold_3``'s ``articles.jsonl``),
nor README's "Suggestions and evaluation" section, and ran neither ``annotator suggest`` nor
``annotator evaluate`` on these texts. It read only ``tests/data/heldout_gold_3/make_articles.py``
(for the format and conventions, not its wording, places or incidents), ``tests/data/gold_fixture.py``,
``tests/test_gold_files.py`` and ``tests/conftest.py`` with ``annotator/schema.py`` (how gold
events are checked) and the ``fields:`` section of ``resources/schemas/acled.yaml`` (the allowed
sub-event types), and took the place fields from ``annotator locate``. The incidents are invented,
the text written for this file. Unlike the held-out files, this one is development material: the
suggester's developers read it freely once written.

Fifteen reports are wire copy (Reuters, AP, AFP, Anadolu, the Kenya News Agency); fifteen are in
other styles: local press from Kenya, Mexico, Bangladesh, Bolivia and Germany (some translated), an
NGO situation report, a UN mission's press release, a live blog, two translated local radio
bulletins, two army statements (Mali, India), a ministry statement (Georgia) and two police press
releases (Northern Ireland, Malaysia). Many open with long background paragraphs; several tell the
incident only in the second or third paragraph, carry tolls that change, or use violent words as
metaphors or in reported speech. Five reports (an airline fare war, an arson trial verdict, a fuel
tanker explosion, a state visit, a police counter-terrorism drill) hold no event an ACLED analyst
would record; several others carry background sentences about earlier incidents (old massacres,
past sieges, vague weeks of fighting) that are not coded. The 37 events come from 23 countries in
Africa, the Americas, Europe, Asia and Oceania and cover 23 of ACLED's 25 sub-event types (not
chemical weapon, not "Other").

Coding conventions, as in ``heldout_gold_3``: ACLED actor names (``Military Forces of X``,
``Police Forces of X``, ``Protesters (X)``, ``Rioters (X)``, ``Civilians (X)``,
``Unidentified Armed Group (X)``, named groups as ACLED writes them, communal militias as
``<Name> Clan Militia (X)``); protesters and rioters are actor 1 of protest and riot events and the
force that intervenes actor 2; assoc actors where the text names them (``Students (Greece)``,
``Labour Group (Bolivia)``, the parties behind a clash, the police in a joint operation); events
against property alone (a mast, a power substation, a defused bomb, a new base) have no actor 2;
the place fields (country, admin1, coordinates) are the gazetteer's, as ``annotator locate`` gives
them; ``geo_precision`` 2 when the text puts the event near a town, on its edge or outskirts, in one
of its districts, or in a village the gazetteer lacks (coded at the nearest town it has), 3 when
only a region is given (coded at the region's capital); fatalities ``null`` when the text gives no
death toll, the latest toll when it changes, the attackers and a suicide bomber counted. Event
dates are resolved from the weekday against ``published`` with ``day()`` (the last such day on or
before it; "last night" in a statement is the day before it), so they are right by construction,
and so are the evidence offsets: ``python tests/data/dev_gold_3/make_articles.py``. Each report
also carries its own ``source`` and an example.org ``url``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_fixture import (  # noqa: E402
    ABDUCTION,
    AGREEMENT,
    AIR,
    ARRESTS,
    ATTACK,
    BASE,
    CHANGE,
    CLASH,
    DISRUPTED,
    EXCESSIVE,
    GRENADE,
    IED,
    INTERVENTION,
    LOOTING,
    MOB,
    OVERTAKES,
    PEACEFUL,
    REGAINS,
    SEXUAL,
    SHELLING,
    SUICIDE,
    TRANSFER,
    VIOLENT_DEMO,
    build_articles,
    day,
    event,
    write_articles,
)

# Places as the gazetteer has them: (country, admin1, location, latitude, longitude).
TSAFE = ("Nigeria", "Zamfara", "Tsafe", 11.95775, 6.92083)
BANKILARE = ("Niger", "Tillaberi", "Bankilare", 14.57653, 0.72669)
TENENKOU = ("Mali", "Mopti", "Tenenkou", 14.45722, -4.9169)
DJENNE = ("Mali", "Mopti", "Djenne", 13.90608, -4.55332)
DRC = "Democratic Republic of the Congo"
OICHA = (DRC, "Nord Kivu", "Oicha", 0.69781, 29.51863)
KAYNA = (DRC, "Nord Kivu", "Kayna", -0.60927, 29.17249)
RUTSHURU = (DRC, "Nord Kivu", "Rutshuru", -1.18666, 29.44669)
BELEDWEYNE = ("Somalia", "Hiiraan", "Beledweyne", 4.73583, 45.20361)
KISUMU = ("Kenya", "Kisumu", "Kisumu", -0.10221, 34.76171)
NAKURU = ("Kenya", "Nakuru", "Nakuru", -0.30719, 36.07225)
WITU = ("Kenya", "Lamu", "Witu", -2.38892, 40.43827)
BARA = ("Sudan", "Shamal Kurdufan", "Bara", 13.7, 30.36667)
EL_FASHER = ("Sudan", "Northern Darfur", "El Fasher", 13.62793, 25.34936)
KOSTI = ("Sudan", "White Nile", "Kosti", 13.1629, 32.66347)
MACOMIA = ("Mozambique", "Cabo Delgado", "Macomia", -12.24667, 40.12083)
SARAVENA = ("Colombia", "Arauca", "Saravena", 6.96319, -71.8823)
POPAYAN = ("Colombia", "Cauca", "Popayan", 2.43823, -76.61316)
CULIACAN = ("Mexico", "Sinaloa", "Culiacan", 24.80209, -107.39421)
PORTADOWN = ("United Kingdom", "Northern Ireland", "Portadown", 54.42302, -6.44434)
KANBALU = ("Myanmar", "Sagain", "Kanbalu", 23.20328, 95.51695)
INDAW = ("Myanmar", "Sagain", "Indaw", 24.22052, 96.14232)
TURBAT = ("Pakistan", "Balochistan", "Turbat", 26.00122, 63.04849)
KULGAM = ("India", "Kashmir", "Kulgam", 33.64456, 75.01923)
CHHAGALNAIYA = ("Bangladesh", "Chittagong", "Chhagalnaiya", 23.02475, 91.51091)
TAIZ = ("Yemen", "Ta'izz", "Taiz", 13.57952, 44.02091)
TBILISI = ("Georgia", "T'bilisi", "Tbilisi", 41.69143, 44.83412)
THESSALONIKI = ("Greece", "Central Macedonia", "Thessaloniki", 40.64072, 22.93493)
CHOLOMA = ("Honduras", "Cortes", "Choloma", 15.61444, -87.95302)
SAN_PEDRO_SULA = ("Honduras", "Cortes", "San Pedro Sula", 15.50585, -88.02588)
ZAWIYA = ("Libya", "Az Zawiyah", "Zawiya", 32.75222, 12.72778)
BOCARANGA = ("Central African Republic", "Ouham-Pende", "Bocaranga", 6.98533, 15.64062)
SIPE_SIPE = ("Bolivia", "Cochabamba", "Sipe Sipe", -17.45419, -66.35737)
WABAG = ("Papua New Guinea", "Enga", "Wabag", -5.49119, 143.72151)


SUDAN = "Military Forces of Sudan"
RSF = "RSF: Rapid Support Forces"
DRC_ARMY = "Military Forces of the Democratic Republic of Congo"
DRC_CIVILIANS = "Civilians (Democratic Republic of Congo)"
AL_SHABAAB = "Al Shabaab"
MS13 = "MS-13: Mara Salvatrucha"
FURSAN = "Al Fursan Brigade"
WADI = "Al Wadi Battalion"
THREE_R = "3R: Return, Reclamation, Rehabilitation"
MINUSCA = "MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic"


ARTICLES = [
    ("dev3-01", "2025-02-18",
     "Gunmen kidnap 31 in Nigeria's Zamfara; two police killed in rescue attempt\n\n"
     "ABUJA, Feb 18 (Reuters) - Gunmen on motorcycles stormed Rijiyar Kudu, a farming village near Tsafe in "
     "Nigeria's northwestern Zamfara state, late on Sunday and carried away 31 people, most of them women and "
     "children, residents and police said on Tuesday.\n\n"
     "A police tactical team that followed the kidnappers' tracks into a forest east of the village exchanged "
     "gunfire with them for nearly two hours early on Monday, state police spokesman Muhammad Lawal said. Two "
     "officers were killed and three of the captives, a woman and two boys, were rescued, he said.\n\n"
     "\"They came shooting into the air and went from house to house. They took my wife and my two daughters,\" "
     "said Sani Musa, a farmer, by telephone. \"We have been told to wait for a call.\"\n\n"
     "No group has claimed the abduction. Armed gangs that Nigerians call bandits have turned kidnapping for "
     "ransom into a business across the northwest, where the security forces are stretched thin. In 2021, gunmen "
     "seized 279 schoolgirls from a boarding school in Jangebe, also in Zamfara, releasing them days later.\n\n"
     "Zamfara's governor, who last month promised to \"wage total war on the bandits\", said on Tuesday the state "
     "would recruit another 2,000 members for its community protection guards.",
     [event(ABDUCTION, day("2025-02-18", "Sunday"), "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
            TSAFE, [
         ("trigger", "carried away"), ("actor1", "Gunmen on motorcycles"), ("actor2", "31 people"),
         ("location", "Tsafe"), ("event_date", "late on Sunday")], geo=2),
      event(CLASH, day("2025-02-18", "Monday"), "Police Forces of Nigeria", "Unidentified Armed Group (Nigeria)",
            TSAFE, [
         ("trigger", "exchanged gunfire"), ("actor1", "A police tactical team"), ("actor2", "the kidnappers"),
         ("location", "Tsafe"), ("event_date", "early on Monday"),
         ("fatalities", "Two officers were killed")], fatalities=2, geo=2)]),
    ("dev3-02", "2024-09-12",
     "Niger extends emergency in Tillaberi after deadly jihadist ambush\n\n"
     "NIAMEY (AFP) - Niger's military government on Wednesday extended by three months the state of emergency in "
     "the western region of Tillaberi, a vast area bordering Mali and Burkina Faso where jihadists have killed "
     "hundreds of soldiers and civilians since the army seized power in July 2023.\n\n"
     "The measure, announced after a cabinet meeting, gives governors powers to impose curfews, ban motorbike "
     "traffic and search homes at any hour. It has been renewed almost without interruption since 2017, when it "
     "was first decreed after a series of attacks on army posts along the Malian border.\n\n"
     "The extension came two days after one of the deadliest attacks on the army this year. Fighters of the "
     "Islamic State Sahel Province ambushed an army convoy escorting fuel tankers near Bankilare on Monday, "
     "setting off a battle that lasted several hours, according to the defence ministry. In a statement read on "
     "state television that evening, the ministry reported seven soldiers killed. A security source told AFP on "
     "Wednesday that the toll was heavier, with 12 soldiers and about 20 of the attackers killed. Several "
     "wounded soldiers were flown to Niamey.\n\n"
     "The ministry said the army had \"inflicted heavy losses on the terrorists\" and pursued them towards the "
     "border, where air support was called in.\n\n"
     "The junta, which expelled French troops in 2023 and turned to Russia for military help, regularly says "
     "the security situation has improved, but independent monitoring groups have recorded a rise in attacks in "
     "the \"three borders\" area.",
     [event(CLASH, day("2024-09-12", "Monday"), "Islamic State (Sahel)", "Military Forces of Niger", BANKILARE, [
         ("trigger", "ambushed"), ("actor1", "Islamic State Sahel Province"), ("actor2", "an army convoy"),
         ("location", "Bankilare"), ("event_date", "on Monday"),
         ("fatalities", "12 soldiers and about 20 of the attackers killed")], fatalities=32, geo=2)]),
    ("dev3-03", "2025-04-08",
     "Communique No. 071 of the General Staff of the Armed Forces\n\n"
     "Bamako, 8 April 2025 - The General Staff of the Armed Forces informs the national and international "
     "public opinion of the following.\n\n"
     "On Sunday 6 April, air surveillance assets of the Malian Armed Forces (FAMa) detected a gathering of "
     "armed terrorists on motorcycles in a wooded area about 20 kilometres north-west of Tenenkou. After "
     "confirming the hostile nature of the group, the FAMa carried out precise air strikes on the target. About "
     "fifteen terrorists were neutralised and their logistics, including fuel stocks and several motorcycles, "
     "destroyed.\n\n"
     "On Monday 7 April, a FAMa patrol on the road between Mopti and Djenne spotted suspicious earthworks on the "
     "roadside. An improvised explosive device was discovered and destroyed in place by the engineering "
     "section, without damage.\n\n"
     "These results were obtained in the framework of ongoing operations to secure the centre of the country, "
     "where terrorist armed groups have in recent months multiplied attacks on civilian convoys and imposed "
     "illegal blockades on several localities. The General Staff recalls that the FAMa remain fully engaged in "
     "the fight against terrorism across the entire national territory and invites the populations to continue "
     "to report any suspicious movement by calling the free number of the armed forces.\n\n"
     "The General Staff thanks the populations for their trust and their collaboration.",
     [event(AIR, day("2025-04-08", "Sunday"), "Military Forces of Mali", "Unidentified Armed Group (Mali)",
            TENENKOU, [
         ("trigger", "precise air strikes"), ("actor1", "Malian Armed Forces"), ("actor2", "armed terrorists"),
         ("location", "Tenenkou"), ("event_date", "On Sunday 6 April"),
         ("fatalities", "About fifteen terrorists were neutralised")], fatalities=15, geo=2),
      event(DISRUPTED, day("2025-04-08", "Monday"), "Military Forces of Mali", "", DJENNE, [
         ("trigger", "destroyed in place"), ("actor1", "the engineering section"), ("location", "Djenne"),
         ("event_date", "On Monday 7 April")], geo=2)]),
    ("dev3-04", "2024-06-21",
     "North Kivu: Humanitarian Situation Report No. 23 (15 - 21 June 2024)\n\n"
     "This report is produced by the humanitarian coordination office in Goma with inputs from partners. It "
     "covers the period from 15 to 21 June.\n\n"
     "KEY POINTS\n"
     "- At least 19 civilians killed in an armed attack in the north of the province\n"
     "- New displacement towards Lubero after fighting in the south of the territory\n"
     "- Partners report a rise in gender-based violence in areas bordering the national park\n\n"
     "SECURITY AND PROTECTION\n"
     "In Beni territory, presumed ADF combatants attacked the village of Masala, about 12 km north of Oicha, with "
     "machetes and firearms on Monday night. Local civil society reported that the bodies of 19 people had been "
     "recovered by Wednesday, up from an initial count of 11, and that several people remain missing. About "
     "3,000 people have fled to the centre of Oicha, where they are staying in schools and churches.\n\n"
     "In Lubero territory, M23 fighters took control of Kayna on Thursday after two days of fighting with the "
     "Congolese armed forces (FARDC), who withdrew northwards. Movements of civilians towards Kanyabayonga and "
     "Lubero centre continue; partners estimate that more than 40,000 people have been displaced since the "
     "beginning of the month.\n\n"
     "Health partners in Rutshuru territory treated eight women who said they had been raped by armed men on "
     "Wednesday while working in their fields near the town. The perpetrators have not been identified.\n\n"
     "HUMANITARIAN ACCESS\n"
     "Access to the Kayna-Kanyabayonga axis remains suspended for humanitarian organisations. The 2024 response "
     "plan for the province is funded at 27 per cent.",
     [event(ATTACK, day("2024-06-21", "Monday"), "ADF: Allied Democratic Forces", DRC_CIVILIANS, OICHA, [
         ("trigger", "attacked the village"), ("actor1", "presumed ADF combatants"), ("actor2", "19 people"),
         ("location", "Oicha"), ("event_date", "on Monday night"),
         ("fatalities", "the bodies of 19 people")], fatalities=19, geo=2),
      event(OVERTAKES, day("2024-06-21", "Thursday"), "M23: March 23 Movement", DRC_ARMY, KAYNA, [
         ("trigger", "took control of"), ("actor1", "M23 fighters"), ("actor2", "Congolese armed forces"),
         ("location", "Kayna"), ("event_date", "on Thursday")]),
      event(SEXUAL, day("2024-06-21", "Wednesday"), "Unidentified Armed Group (Democratic Republic of Congo)",
            DRC_CIVILIANS, RUTSHURU, [
         ("trigger", "raped"), ("actor1", "armed men"), ("actor2", "eight women"), ("location", "Rutshuru"),
         ("event_date", "on Wednesday")], geo=2)]),
    ("dev3-05", "2023-11-25",
     "Suicide car bomber hits Somali army base in Beledweyne, killing at least 9 soldiers\n\n"
     "MOGADISHU, Somalia (AP) - A suicide bomber drove a car packed with explosives into the gate of a military "
     "base in the central Somali town of Beledweyne on Saturday, killing himself and at least nine soldiers, a "
     "military officer said, as the toll climbed through the afternoon. Officials had first spoken of four "
     "dead.\n\n"
     "\"The vehicle did not stop when the guards shouted, and it exploded at the second barrier,\" said Capt. "
     "Abdirahman Nur, who was inside the base at the time. Fourteen other soldiers were wounded, some of them "
     "critically, he told The Associated Press by phone.\n\n"
     "The al-Qaida-linked al-Shabab group claimed responsibility in a statement on one of its radio stations, "
     "saying its fighters had targeted \"apostate militias\" preparing an offensive.\n\n"
     "Beledweyne, the capital of the Hiiraan region, has been a staging point for the government's campaign "
     "against al-Shabab, which the president launched last year promising \"total war\" on the extremists. Clan "
     "militias known as macawisley have fought alongside the army, helping it retake dozens of villages, though "
     "some have since fallen back under the group's control. The town itself has been hit by several bombings "
     "in recent years.\n\n"
     "Somalia's president condemned the attack and vowed that \"the terrorists will not stop our march.\"",
     [event(SUICIDE, day("2023-11-25", "Saturday"), AL_SHABAAB, "Military Forces of Somalia", BELEDWEYNE, [
         ("trigger", "suicide bomber"), ("actor1", "al-Shabab group"), ("actor2", "a military base"),
         ("location", "Beledweyne"), ("event_date", "on Saturday"),
         ("fatalities", "killing himself and at least nine soldiers")], fatalities=10)]),
    ("dev3-06", "2024-07-03",
     "Boda boda rider shot dead as police break up Kisumu demo\n\n"
     "A 19-year-old boda boda rider was shot dead and four other people injured when police fired live bullets "
     "and teargas at anti-government protesters in Kisumu's Kondele area on Tuesday, as street demonstrations "
     "against new taxes entered their third week.\n\n"
     "Witnesses said the protesters, most of them young men, were marching towards the county headquarters "
     "chanting and waving tree branches when officers in two lorries blocked the road and opened fire without "
     "warning.\n\n"
     "\"He was not even part of the demo. He had just dropped a customer,\" said the rider's elder brother at the "
     "mortuary, where the family had gathered. The injured, three of them with gunshot wounds, were admitted to "
     "the county referral hospital.\n\n"
     "The county police commander said officers had acted to \"protect lives and property\" and that the "
     "shooting would be investigated by the Independent Policing Oversight Authority.\n\n"
     "In Nakuru, several hundred protesters marched peacefully through the town centre on Tuesday afternoon to "
     "the county commissioner's office, where they handed over a petition. Police officers walked alongside the "
     "march and no incidents were reported.\n\n"
     "Last week, at least 20 people were killed across the country after demonstrators briefly breached the "
     "parliament buildings in Nairobi, according to rights groups. The President has since withdrawn the "
     "Finance Bill, but protest organisers say they will keep going until he resigns, a demand he dismissed on "
     "Sunday as \"an attempt to overthrow a government through the back door\".",
     [event(EXCESSIVE, day("2024-07-03", "Tuesday"), "Protesters (Kenya)", "Police Forces of Kenya", KISUMU, [
         ("trigger", "fired live bullets"), ("actor1", "anti-government protesters"), ("actor2", "police"),
         ("location", "Kisumu"), ("event_date", "on Tuesday"),
         ("fatalities", "was shot dead")], fatalities=1, geo=2),
      event(PEACEFUL, day("2024-07-03", "Tuesday"), "Protesters (Kenya)", "", NAKURU, [
         ("trigger", "marched peacefully"), ("actor1", "several hundred protesters"), ("location", "Nakuru"),
         ("event_date", "on Tuesday afternoon")])]),
    ("dev3-07", "2025-10-14",
     "Sudan war live: shelling kills 14 in El Fasher camp; army says it has retaken Bara\n\n"
     "Live updates from our Africa desk. All times are local (GMT+2).\n\n"
     "14:10\n"
     "Sudan's army says its forces \"liberated\" the town of Bara in North Kordofan on Monday after \"fierce "
     "battles\" with the Rapid Support Forces, according to a statement posted by its spokesman this afternoon. "
     "The paramilitaries, who seized Bara in the summer, have not commented. Video shared by army-aligned "
     "accounts shows soldiers celebrating in front of the town's police station; we have not been able to "
     "verify it independently.\n\n"
     "12:45\n"
     "The death toll from this morning's shelling of the Abu Shouk displacement camp, on the northern edge of "
     "El Fasher, has risen to 14, the camp's emergency response room says. Earlier it had reported six dead. "
     "Most of the victims were women queueing at a water point, it said.\n\n"
     "11:30\n"
     "A reminder of the background: the paramilitaries have besieged El Fasher, the army's last stronghold in "
     "Darfur, since May last year. Aid agencies say hundreds of thousands of people are trapped with little "
     "food, and the UN has warned of \"a catastrophe unfolding in plain sight\".\n\n"
     "09:20\n"
     "First reports of heavy shelling on Abu Shouk camp. Residents say the shells came from RSF positions "
     "east of the city.\n\n"
     "08:05\n"
     "Good morning. Power is still out across much of White Nile state after a drone strike late on Monday hit "
     "the main electricity substation in Kosti. The state governor said the strike was carried out by RSF "
     "drones; the group has launched dozens of such attacks on infrastructure in army-held cities this year. No "
     "casualties were reported.",
     [event(REGAINS, day("2025-10-14", "Monday"), SUDAN, RSF, BARA, [
         ("trigger", "liberated"), ("actor1", "Sudan's army"), ("actor2", "the Rapid Support Forces"),
         ("location", "Bara"), ("event_date", "on Monday")]),
      event(SHELLING, day("2025-10-14", "Tuesday"), RSF, "Civilians (Sudan)", EL_FASHER, [
         ("trigger", "shelling"), ("actor1", "RSF positions"), ("actor2", "women queueing at a water point"),
         ("location", "El Fasher"), ("event_date", "this morning"), ("fatalities", "has risen to 14")],
         fatalities=14, geo=2),
      event(AIR, day("2025-10-14", "Monday"), RSF, "", KOSTI, [
         ("trigger", "a drone strike"), ("actor1", "RSF drones"), ("location", "Kosti"),
         ("event_date", "late on Monday")])]),
    ("dev3-08", "2024-08-05",
     "Mozambique gas project timetable in doubt after new insurgent raids\n\n"
     "MAPUTO, Aug 5 (Reuters) - The consortium behind a $20 billion liquefied natural gas project in northern "
     "Mozambique said on Monday it still aimed to restart construction by the end of the year, days after a new "
     "wave of insurgent raids in Cabo Delgado province raised questions over security around the site.\n\n"
     "Work on the Afungi peninsula was halted in 2021 after militants overran the nearby town of Palma, killing "
     "dozens of people, and the consortium declared force majeure. Troops from Rwanda and a southern African "
     "regional force have since pushed the insurgents out of the main towns, but small groups continue to roam "
     "the forests of Macomia and Muidumbe districts.\n\n"
     "On Friday, fighters raided the village of Litamanda in Macomia district, killing four people, a local "
     "official and a humanitarian source told Reuters. Residents who had fled into the bush found the bodies of "
     "four men, three of them beheaded, when they returned the next morning. Dozens of houses were burned.\n\n"
     "Islamic State claimed the raid through its Amaq news agency, saying its \"soldiers of the caliphate\" had "
     "killed \"four Christians\". Its local affiliate, known to residents as al-Shabaab though unrelated to the "
     "Somali group, has waged an insurgency in the province since 2017 in which more than 6,000 people have been "
     "killed, according to conflict monitors.\n\n"
     "\"We are tired of running,\" said one Litamanda resident reached by phone, who asked not to be named for "
     "fear of reprisals.",
     [event(ATTACK, day("2024-08-05", "Friday"), "Islamic State (Mozambique)", "Civilians (Mozambique)", MACOMIA, [
         ("trigger", "raided the village"), ("actor1", "Islamic State"), ("actor2", "four people"),
         ("location", "Macomia district"), ("event_date", "On Friday"), ("fatalities", "killing four people")],
         fatalities=4, geo=2)]),
    ("dev3-09", "2023-10-19",
     "Five Colombian soldiers wounded by roadside bomb in Arauca\n\n"
     "BOGOTA (AFP) - Five Colombian soldiers were wounded on Wednesday when an explosive device went off as their "
     "patrol passed along a rural road near Saravena, in the eastern department of Arauca on the border with "
     "Venezuela, the army said.\n\n"
     "The army blamed the National Liberation Army (ELN), the country's largest remaining guerrilla group, which "
     "has fought rival FARC dissidents for control of drug trafficking routes and smuggling crossings in Arauca "
     "for nearly two years. Two of the soldiers were in serious condition and were flown to a military hospital "
     "in Bogota, it said.\n\n"
     "The blast came as government and ELN negotiators were meeting in Caracas to review a six-month bilateral "
     "ceasefire that began in August. The president has made \"total peace\" with armed groups a flagship policy, "
     "but critics say the truce has allowed guerrillas to tighten their grip on rural areas.\n\n"
     "The defence minister called the bombing \"a cowardly attack that contradicts everything said at the table\" "
     "and urged the ELN delegation to say whether its Eastern War Front had acted on orders.\n\n"
     "The ELN did not immediately comment. In a statement last week the group said it remained \"committed to the "
     "ceasefire\" but accused the army of \"offensive movements\" in Arauca.",
     [event(IED, day("2023-10-19", "Wednesday"), "ELN: National Liberation Army", "Military Forces of Colombia",
            SARAVENA, [
         ("trigger", "an explosive device went off"), ("actor1", "National Liberation Army (ELN)"),
         ("actor2", "Five Colombian soldiers"), ("location", "Saravena"), ("event_date", "on Wednesday")],
         geo=2)]),
    ("dev3-10", "2025-03-11",
     "Four killed in attack on taco stand in Culiacan; girl wounded\n\n"
     "CULIACAN, Sin. - Three men and a woman were killed and a 9-year-old girl was wounded on Sunday night when "
     "armed men opened fire on customers at a taco stand in the Infonavit Humaya neighbourhood of Culiacán, the "
     "State Prosecutor's Office reported.\n\n"
     "According to the first reports, the attackers arrived in a grey pickup truck shortly after 10 p.m., got "
     "out and fired at the people who were eating at the stand, then fled towards the road to Navolato. Soldiers "
     "of the National Guard and state police deployed an operation in the area, but no one had been arrested by "
     "the close of this edition. Experts collected more than 40 shell casings of 7.62 calibre.\n\n"
     "The girl, the daughter of the owner of the stand, was taken to the Pediatric Hospital, where her condition "
     "was reported as stable.\n\n"
     "Since the \"war\" between the two factions of the Sinaloa Cartel broke out in September of last year, the "
     "state has recorded more than 1,200 homicides and hundreds of disappearances, according to official "
     "figures. Businesses in the capital close early and many families no longer go out at night; in January "
     "alone, the prosecutor's office opened 140 murder investigations in the municipality.\n\n"
     "The governor asked the population on Monday not to \"fall into panic\" and said the security strategy \"is "
     "giving results\".\n\n"
     "(Translated from Spanish.)",
     [event(ATTACK, day("2025-03-11", "Sunday"), "Unidentified Armed Group (Mexico)", "Civilians (Mexico)",
            CULIACAN, [
         ("trigger", "opened fire"), ("actor1", "armed men"), ("actor2", "customers"), ("location", "Culiacán"),
         ("event_date", "on Sunday night"), ("fatalities", "Three men and a woman were killed")],
         fatalities=4, geo=2)]),
    ("dev3-11", "2026-06-15",
     "Police statement following disorder in Portadown\n\n"
     "Police Service of Northern Ireland - press release, Monday 15 June 2026\n\n"
     "Chief Superintendent Claire Ferris said: \"Last night, officers in Portadown were subjected to sustained "
     "and serious violence by a crowd of up to 150 people, many of them masked.\n\n"
     "\"What began at around 8pm as a gathering outside the town hall, organised on social media in response to "
     "an alleged sexual assault reported to police last week, quickly turned into disorder. Petrol bombs, "
     "masonry, bricks and fireworks were thrown at police lines in the Obins Street and Corcrain areas. Two "
     "houses were attacked and their windows smashed, and a car was set alight.\n\n"
     "\"Eleven officers were injured, one of whom required hospital treatment for a head wound. Our officers "
     "deployed water cannon and, on one occasion, AEPs (attenuating energy projectiles) were discharged.\n\n"
     "\"Three men, aged 17, 22 and 35, were arrested on suspicion of riot and remain in custody.\n\n"
     "\"I want to be absolutely clear: this was not protest, it was racially motivated thuggery. There is no "
     "justification for it and those responsible will be brought before the courts. We will be increasing our "
     "presence in the area tonight with the support of colleagues from across Northern Ireland.\"\n\n"
     "Anyone with information or footage is asked to contact police on 101 quoting reference 1432 of 14/06/26.",
     [event(VIOLENT_DEMO, day("2026-06-15", "Sunday"), "Rioters (United Kingdom)",
            "Police Forces of the United Kingdom", PORTADOWN, [
         ("trigger", "Petrol bombs, masonry, bricks and fireworks were thrown"),
         ("actor1", "a crowd of up to 150 people"), ("actor2", "police lines"), ("location", "Portadown"),
         ("event_date", "Last night")], geo=2)]),
    ("dev3-12", "2025-11-20",
     "Evening news bulletin, Thursday 20 November\n\n"
     "This is the evening news. First, news from Kanbalu township. Nine villagers, among them four children, "
     "were killed when a military council aircraft dropped two bombs on Nyaung Pin Thar village on Tuesday "
     "afternoon, residents told our station. The bombs fell near the village monastery, where families "
     "displaced from nearby villages had been sheltering. Eleven others were wounded and are being treated by a "
     "mobile clinic of the local resistance forces. A village administrator said there had been no fighting in "
     "the village for months. The dead were buried on Wednesday.\n\n"
     "Next, from the north of the region. The Kachin Independence Army, the KIA, handed control of Indaw town to "
     "the local People's Defence Force on Sunday, at a ceremony at the township administration office attended "
     "by commanders of both forces, according to a PDF spokesman. KIA troops, who took the town from the "
     "military council with PDF support after months of fighting, have withdrawn to positions further north. "
     "The PDF says it will set up a civilian administration and has asked residents who fled to come home.\n\n"
     "In other news, the price of a bag of rice in Shwebo market has risen to 180,000 kyats, traders say, an "
     "increase of nearly a third since the rainy season began. Traders blame checkpoints and road closures on "
     "the routes from the Irrawaddy delta.\n\n"
     "And finally, the weather: dry and cool across the region tomorrow, with morning fog along the river.\n\n"
     "(Local community radio, Sagaing region; translated from Burmese.)",
     [event(AIR, day("2025-11-20", "Tuesday"), "Military Forces of Myanmar", "Civilians (Myanmar)", KANBALU, [
         ("trigger", "dropped two bombs"), ("actor1", "a military council aircraft"), ("actor2", "Nine villagers"),
         ("location", "Kanbalu"), ("event_date", "on Tuesday"),
         ("fatalities", "Nine villagers, among them four children, were killed")], fatalities=9, geo=2),
      event(TRANSFER, day("2025-11-20", "Sunday"), "PDF: People's Defense Force", "KIA: Kachin Independence Army",
            INDAW, [
         ("trigger", "handed control of"), ("actor1", "the local People's Defence Force"),
         ("actor2", "The Kachin Independence Army"), ("location", "Indaw"), ("event_date", "on Sunday")])]),
    ("dev3-13", "2024-04-30",
     "Grenade attack on Pakistani market wounds 11\n\n"
     "QUETTA, Pakistan (AP) - Two men on a motorcycle threw a hand grenade into a crowded mobile phone market in "
     "Turbat, a town in southwestern Balochistan province, on Monday evening, wounding 11 people, including two "
     "children, police said.\n\n"
     "Senior police officer Zahid Baloch said the attackers escaped in the chaos and a search was under way. "
     "Three of the wounded were in serious condition at the district hospital, he said.\n\n"
     "No one claimed responsibility. Several separatist groups operate in Balochistan, Pakistan's largest and "
     "poorest province, where insurgents have for decades demanded a greater share of its gas and mineral "
     "wealth. The groups have increasingly attacked security forces and workers from other provinces, as well as "
     "Chinese-funded projects. Last month, militants tried to storm a naval air station near the town but were "
     "repulsed by security forces.\n\n"
     "Traders in the market said they would meet on Wednesday to decide how to respond, and demanded "
     "compensation for the victims.",
     [event(GRENADE, day("2024-04-30", "Monday"), "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)",
            TURBAT, [
         ("trigger", "threw a hand grenade"), ("actor1", "Two men on a motorcycle"), ("actor2", "11 people"),
         ("location", "Turbat"), ("event_date", "on Monday evening")])]),
    ("dev3-14", "2026-05-08",
     "Op Chakki Samad: two terrorists neutralised in Kulgam - statement by the Army's Chinar Corps\n\n"
     "Srinagar, 8 May 2026\n\n"
     "Based on specific intelligence input regarding the presence of terrorists in the general "
     "area of Chakki Samad village, Kulgam district, a joint operation was launched by the Indian Army, J&K "
     "Police and CRPF on Thursday.\n\n"
     "During the search, the terrorists opened fire on the cordon party. Own troops retaliated effectively and "
     "in the ensuing firefight, two terrorists were eliminated. One soldier sustained minor injuries and has "
     "been evacuated to the Army Hospital, where his condition is stable.\n\n"
     "Two AK rifles, four magazines, a pistol and a quantity of war-like stores have been recovered from the site "
     "of the encounter. The eliminated terrorists have been identified as local cadres of The Resistance Front "
     "(TRF), a proxy of the proscribed Lashkar-e-Taiba, involved in several terror crimes including the killing "
     "of a migrant labourer in Shopian last year.\n\n"
     "Chinar Corps salutes the courage and professionalism of the troops. The operation in the area has been "
     "concluded.\n\n"
     "#Kashmir #OpChakkiSamad",
     [event(CLASH, day("2026-05-08", "Thursday"), "Military Forces of India", "TRF: The Resistance Front", KULGAM, [
         ("trigger", "ensuing firefight"), ("actor1", "Indian Army"), ("assoc_actor_1", "J&K Police"),
         ("actor2", "The Resistance Front"), ("location", "Kulgam"), ("event_date", "on Thursday"),
         ("fatalities", "two terrorists were eliminated")], fatalities=2, geo=2,
         assoc1="Police Forces of India")]),
    ("dev3-15", "2025-01-28",
     "One killed, 25 hurt as BNP, Jamaat men clash in Chhagalnaiya\n\n"
     "Our Correspondent, Feni\n\n"
     "A man was killed and at least 25 people injured in a clash between activists of the Bangladesh Nationalist "
     "Party (BNP) and supporters of Jamaat-e-Islami in Chhagalnaiya upazila sadar on Monday afternoon, police "
     "and locals said.\n\n"
     "The deceased, Abul Kashem, 42, was a local BNP supporter and a fish trader, his family said. He was hit on "
     "the head with a brick and died on the way to Feni General Hospital.\n\n"
     "According to locals, the trouble started over control of the leasing of the upazila's cattle market for "
     "the new year. Men of the two parties, armed with sticks, sharp weapons and bricks, chased each other "
     "through the bazar area for nearly an hour, vandalising at least 15 shops and two motorcycles.\n\n"
     "The officer-in-charge of Chhagalnaiya Police Station said extra police and army members had been deployed "
     "and the situation was under control. \"No case has been filed yet. We are trying to identify those "
     "involved,\" he said.\n\n"
     "Local BNP leaders blamed Jamaat \"cadres\" for the attack, while a Jamaat district leader claimed his "
     "party's men had been \"ambushed\" while leaving a meeting.\n\n"
     "Since the fall of the Awami League government in August 2024, clashes between the two former allies over "
     "local influence have become frequent in the district.",
     [event(MOB, day("2025-01-28", "Monday"), "Rioters (Bangladesh)", "Rioters (Bangladesh)", CHHAGALNAIYA, [
         ("trigger", "clash"), ("actor1", "activists"), ("assoc_actor_1", "Bangladesh Nationalist Party (BNP)"),
         ("actor2", "supporters of Jamaat-e-Islami"), ("assoc_actor_2", "Jamaat-e-Islami"),
         ("location", "Chhagalnaiya"), ("event_date", "on Monday afternoon"),
         ("fatalities", "A man was killed")], fatalities=1,
         assoc1="BNP: Bangladesh Nationalist Party", assoc2="JeI: Jamaat-e-Islami")]),
    ("dev3-16", "2023-06-14",
     "UN envoy urges Yemen parties to reopen roads as child killed in Taiz\n\n"
     "ADEN (AFP) - The UN envoy for Yemen on Wednesday urged the government and the Huthi rebels to reopen roads "
     "closed by the war, telling the Security Council that months of relative calm were \"a window that could "
     "close at any moment\".\n\n"
     "A truce brokered by the United Nations in April last year has largely held, even though it formally "
     "expired in October, and Saudi and Huthi officials have since held direct talks on a longer-term deal. But "
     "the envoy said talks on opening the main roads into the country's third-largest city, which the rebels "
     "have besieged since 2015, had \"made no progress\".\n\n"
     "His briefing came a day after a child was killed in Taiz. A shell fired from Huthi positions struck a house "
     "in the city's Al-Jahmaliya neighbourhood on Tuesday, killing a 10-year-old boy and wounding his mother and "
     "two sisters, a local health official and a government military source told AFP. The rebels did not "
     "comment.\n\n"
     "Yemen's war has killed hundreds of thousands of people, directly or indirectly, since the Huthis seized the "
     "capital Sanaa in 2014, prompting a Saudi-led coalition to intervene in support of the government the "
     "following year.\n\n"
     "The envoy also called for the release of all conflict-related detainees and said he would travel to Riyadh "
     "and Muscat next week.",
     [event(SHELLING, day("2023-06-14", "Tuesday"), "Houthi Movement", "Civilians (Yemen)", TAIZ, [
         ("trigger", "A shell fired"), ("actor1", "Huthi positions"), ("actor2", "a 10-year-old boy"),
         ("location", "Taiz"), ("event_date", "on Tuesday"), ("fatalities", "killing a 10-year-old boy")],
         fatalities=1, geo=2)]),
    ("dev3-17", "2026-02-20",
     "Statement of the Ministry of Internal Affairs of Georgia\n\n"
     "20.02.2026\n\n"
     "The Ministry of Internal Affairs of Georgia informs the public that on Thursday, officers of the Central "
     "Criminal Police Department detained five persons in Tbilisi on charges of organising and preparing group "
     "violence.\n\n"
     "According to the investigation, the detainees, among them two members of the United National Movement "
     "party, planned to use Saturday's rally on Rustaveli Avenue to \"storm\" the Parliament building and clash "
     "with law enforcement officers, with the aim of violently overthrowing the constitutional order. During "
     "searches carried out at their homes, investigators seized pyrotechnic devices, shields, helmets, gas masks "
     "and printed materials calling for \"a war against the regime\".\n\n"
     "The investigation is being carried out with the involvement of the State Security Service. Persons found "
     "guilty of the offence face up to nine years' imprisonment.\n\n"
     "The Ministry calls on the organisers of the rally to remain within the framework of the law and warns that "
     "any attempt to obstruct the work of state institutions or to attack police officers will be met with an "
     "appropriate legal response. The Ministry guarantees every citizen the freedom of peaceful assembly and "
     "expression.",
     [event(ARRESTS, day("2026-02-20", "Thursday"), "Police Forces of Georgia", "Civilians (Georgia)", TBILISI, [
         ("trigger", "detained"), ("actor1", "officers of the Central Criminal Police Department"),
         ("actor2", "five persons"), ("assoc_actor_2", "United National Movement"), ("location", "Tbilisi"),
         ("event_date", "on Thursday")], assoc2="UNM: United National Movement")]),
    ("dev3-18", "2026-03-06",
     "Thousands march in Thessaloniki against university bill; clashes on the sidelines\n\n"
     "THESSALONIKI, Greece, March 6 (Reuters) - Thousands of students and teachers marched through Greece's "
     "second city Thessaloniki on Thursday against a government bill that would let universities hire private "
     "security and close campuses during unrest, the latest in a series of rallies against the reform.\n\n"
     "The march, called by student unions and the secondary teachers' federation, passed off peacefully along "
     "Egnatia Street, with protesters chanting \"Education is not a commodity\" and carrying banners reading "
     "\"Hands off our campuses\".\n\n"
     "Later in the evening, a group of about 100 hooded youths broke away near the Aristotle University campus "
     "and threw petrol bombs and stones at riot police, who responded with tear gas and stun grenades. Police "
     "said two officers were slightly hurt and eight people were detained. Several shop windows were smashed and "
     "a bank cash machine was set on fire.\n\n"
     "The education minister said the bill would \"protect academic freedom from the few who use violence\" and "
     "that the government would not \"surrender our universities to vandals\". Opposition parties said it would "
     "turn campuses into \"barracks\".\n\n"
     "Greek universities were off-limits to police for decades under an \"asylum\" rule introduced after the fall "
     "of the military junta in 1974, in memory of students killed when a tank crashed through the gates of the "
     "Athens Polytechnic in November 1973. The rule was abolished in 2019.",
     [event(PEACEFUL, day("2026-03-06", "Thursday"), "Protesters (Greece)", "", THESSALONIKI, [
         ("trigger", "marched"), ("actor1", "Thousands of students and teachers"), ("assoc_actor_1", "student unions"),
         ("location", "Thessaloniki"), ("event_date", "on Thursday")], assoc1="Students (Greece)"),
      event(VIOLENT_DEMO, day("2026-03-06", "Thursday"), "Rioters (Greece)", "Police Forces of Greece",
            THESSALONIKI, [
         ("trigger", "threw petrol bombs and stones"), ("actor1", "a group of about 100 hooded youths"),
         ("actor2", "riot police"), ("location", "Thessaloniki"), ("event_date", "Later in the evening")],
         geo=2)]),
    ("dev3-19", "2024-10-24",
     "Honduran bus driver shot dead over extortion; police arrest 3 gang suspects\n\n"
     "TEGUCIGALPA, Honduras (AP) - Gang members shot and killed a bus driver on Tuesday in the northern city of "
     "Choloma after his company refused to keep paying a weekly extortion fee, police said, the latest in a "
     "string of attacks that have led transport workers to threaten a national strike.\n\n"
     "Two young men boarded the bus at a stop in the Lopez Arellano neighborhood, shot the driver several times "
     "and fled on foot, a police spokesman said. None of the roughly 30 passengers was hurt. Police blamed the "
     "Mara Salvatrucha, or MS-13, which controls much of the area.\n\n"
     "On Wednesday, officers raided several houses in San Pedro Sula and arrested three suspected MS-13 members, "
     "including one they believe fired the shots, police said. A pistol and cash were seized.\n\n"
     "Transport owners say gangs collect what Hondurans call the \"war tax\" from thousands of buses, taxis and "
     "motorcycle taxis. At least 60 transport workers were killed last year, according to an industry "
     "association.\n\n"
     "The government has repeatedly extended a state of emergency that suspends some constitutional rights in "
     "much of the country, saying it is \"at war\" with the gangs. Rights groups say the measure has led to "
     "arbitrary arrests.",
     [event(ATTACK, day("2024-10-24", "Tuesday"), MS13, "Civilians (Honduras)", CHOLOMA, [
         ("trigger", "shot and killed"), ("actor1", "Gang members"), ("actor2", "a bus driver"),
         ("location", "Choloma"), ("event_date", "on Tuesday"), ("fatalities", "shot and killed a bus driver")],
         fatalities=1, geo=2),
      event(ARRESTS, day("2024-10-24", "Wednesday"), "Police Forces of Honduras", MS13, SAN_PEDRO_SULA, [
         ("trigger", "arrested"), ("actor1", "officers"), ("actor2", "three suspected MS-13 members"),
         ("location", "San Pedro Sula"), ("event_date", "On Wednesday")])]),
    ("dev3-20", "2025-08-19",
     "Three killed as armed groups clash in Libya's Zawiya; truce agreed\n\n"
     "TRIPOLI (AA) - Three people, including a civilian, were killed in clashes between two armed groups in the "
     "western Libyan city of Zawiya on Sunday, local sources said, before a ceasefire was agreed the following "
     "day.\n\n"
     "Heavy fighting broke out in the early hours between the Al-Fursan Brigade and the Al-Wadi Battalion in the "
     "city centre and near the refinery, forcing the National Oil Corporation to halt loading operations at the "
     "port for several hours, according to the city's medical centre and residents. Two fighters and a "
     "passer-by were killed and at least nine people wounded.\n\n"
     "On Monday, the two groups signed a ceasefire agreement brokered by the city's council of elders, which "
     "provides for the withdrawal of armed vehicles from the streets and the handover of checkpoints to a joint "
     "force, the municipal council said in a statement.\n\n"
     "The Interior Ministry of the Government of National Unity said it was following the situation \"with "
     "great concern\" and called on all parties to \"spare the blood of Libyans\".\n\n"
     "The city, about 45 km west of the capital, has seen repeated rounds of fighting between rival groups over "
     "smuggling routes and influence since 2022. Libya has been divided since the 2011 uprising that toppled "
     "Muammar Gaddafi.",
     [event(CLASH, day("2025-08-19", "Sunday"), FURSAN, WADI, ZAWIYA, [
         ("trigger", "clashes"), ("actor1", "Al-Fursan Brigade"), ("actor2", "Al-Wadi Battalion"),
         ("location", "Zawiya"), ("event_date", "on Sunday"),
         ("fatalities", "Three people, including a civilian, were killed")], fatalities=3),
      event(AGREEMENT, day("2025-08-19", "Monday"), FURSAN, WADI, ZAWIYA, [
         ("trigger", "signed a ceasefire agreement"), ("actor1", "Al-Fursan Brigade"),
         ("actor2", "Al-Wadi Battalion"), ("location", "Zawiya"), ("event_date", "On Monday")])]),
    ("dev3-21", "2024-02-09",
     "MINUSCA repels armed attack near Bocaranga\n\n"
     "Bangui, 9 February 2024 - The United Nations Multidimensional Integrated Stabilization Mission in the "
     "Central African Republic (MINUSCA) strongly condemns the attack carried out on Wednesday by elements of "
     "the 3R armed group against a patrol of Cameroonian peacekeepers near Bocaranga, in Ouham-Pende "
     "prefecture.\n\n"
     "The peacekeepers, who were escorting a convoy of traders to the weekly market, came under fire about 15 "
     "kilometres north of the town. They responded robustly and repelled the assailants after an exchange of "
     "fire lasting about an hour. One peacekeeper was wounded and evacuated to Bangui. Two assailants were "
     "killed, according to a provisional assessment.\n\n"
     "The Mission has also received reports that 3R elements have set up a new position in the village of "
     "Bang-Wali, on the Bocaranga-Koui axis, since Monday, from which they have been levying illegal taxes on "
     "herders and traders. Patrols have been stepped up in the area.\n\n"
     "The Head of MINUSCA recalls that attacks against United Nations peacekeepers may constitute war crimes "
     "under international law, and calls on the Central African authorities to do everything possible to "
     "identify and bring to justice those responsible.\n\n"
     "The 3R group, a signatory of the 2019 Political Agreement for Peace and Reconciliation, later withdrew "
     "from the accord and joined the Coalition of Patriots for Change (CPC) in December 2020.",
     [event(CLASH, day("2024-02-09", "Wednesday"), THREE_R, MINUSCA, BOCARANGA, [
         ("trigger", "exchange of fire"), ("actor1", "elements of the 3R armed group"),
         ("actor2", "a patrol of Cameroonian peacekeepers"), ("location", "Bocaranga"),
         ("event_date", "on Wednesday"), ("fatalities", "Two assailants were killed")], fatalities=2, geo=2),
      event(BASE, day("2024-02-09", "Monday"), THREE_R, "", BOCARANGA, [
         ("trigger", "set up a new position"), ("actor1", "3R elements"), ("location", "Bocaranga-Koui axis"),
         ("event_date", "since Monday")], geo=2)]),
    ("dev3-22", "2026-09-21",
     "Morning bulletin: dissident front announces halt to offensive actions in Cauca\n\n"
     "Good morning, it is six o'clock on this Monday, 21 September, and these are the headlines of our "
     "morning bulletin.\n\n"
     "Peace first. The Rafael Aguilera front of the FARC dissidents announced in a video released on Sunday "
     "that it is suspending all offensive actions against the security forces in the Cauca department until "
     "the end of the year, \"as a gesture towards the communities and the peace process\". In the video, a "
     "commander who identified himself as alias Jhon Mario read the statement flanked by a dozen armed men, and "
     "warned that his fighters would \"respond with fire\" to any military operation against their positions. "
     "The army has not yet commented on the announcement.\n\n"
     "The announcement comes after weeks of fighting between the army and this front in rural areas of the "
     "Micay canyon, where communities have denounced drone attacks, the forced recruitment of minors and "
     "confinement for months.\n\n"
     "In other news, the coffee growers' committee expects a record harvest this year, but warns that the price "
     "paid to producers fell for the third consecutive month.\n\n"
     "And in sport, Deportivo Popayan drew one all at home on Saturday and stays second in the table.\n\n"
     "(Community radio, Cauca; translated from Spanish.)",
     [event(CHANGE, day("2026-09-21", "Sunday"), "FARC Dissidents (Rafael Aguilera Front)", "", POPAYAN, [
         ("trigger", "suspending all offensive actions"),
         ("actor1", "The Rafael Aguilera front of the FARC dissidents"),
         ("location", "the Cauca department"), ("event_date", "on Sunday")], geo=3)]),
    ("dev3-23", "2023-08-29",
     "Police clear truckers' blockade at Parotani; 14 detained\n\n"
     "COCHABAMBA - Police used tear gas on Monday morning to clear a blockade that heavy transport drivers had "
     "kept up since the end of last week on the western highway at Parotani, near Sipe Sipe, cutting the main "
     "road link between the east and the west of the country. Fourteen people were detained, according to the "
     "departmental police command.\n\n"
     "The drivers, members of the Federation of Heavy Transport Drivers, are demanding a regular supply of "
     "diesel, which has been scarce at service stations for weeks, and higher freight rates. Their leaders said "
     "that some 600 trucks had been parked across the road.\n\n"
     "The operation began at around 6 a.m. with more than 300 officers. Drivers sat down on the asphalt and "
     "were pushed back to the verges; several were treated for the effects of the gas.\n\n"
     "By midday the road was open, but long queues of vehicles remained on both sides. The federation's "
     "executive secretary described the eviction as \"a declaration of war on those who move the country\" and "
     "announced that blockades would be extended to Oruro and Santa Cruz if the detainees were not released.\n\n"
     "The Ministry of Hydrocarbons said fuel imports would be back to normal \"in the coming days\".\n\n"
     "(Translated from Spanish.)",
     [event(INTERVENTION, day("2023-08-29", "Monday"), "Protesters (Bolivia)", "Police Forces of Bolivia",
            SIPE_SIPE, [
         ("trigger", "used tear gas"), ("actor1", "heavy transport drivers"),
         ("assoc_actor_1", "Federation of Heavy Transport Drivers"), ("actor2", "Police"),
         ("location", "Sipe Sipe"), ("event_date", "on Monday morning")], geo=2,
         assoc1="Labour Group (Bolivia)")]),
    ("dev3-24", "2026-07-13",
     "Bodies of 11 men found after tribal ambush in Papua New Guinea highlands\n\n"
     "PORT MORESBY, Papua New Guinea (AP) - Police in Papua New Guinea's Enga province recovered the bodies of "
     "11 men on Sunday after gunmen from a rival clan ambushed a group of tribesmen near Wabag on Saturday, "
     "reigniting a feud that has simmered for years, officials said.\n\n"
     "The men, from the Kaina clan, were walking to their gardens when dozens of fighters from the neighbouring "
     "Yakali clan opened fire on them with high-powered rifles, the acting provincial police commander said. "
     "Several of the victims were hacked with bush knives. Kaina fighters returned fire and at least two of the "
     "attackers were wounded, he said.\n\n"
     "Police said they were outnumbered and could do little more than collect the bodies. \"We are looking at a "
     "war that has its own rules,\" the commander said. \"Our men cannot go into the mountains.\"\n\n"
     "Tribal fighting has long plagued the highlands, but the spread of automatic weapons has made it far "
     "deadlier. In February 2024, more than 60 men were killed in an ambush in the same province, one of the "
     "worst massacres in the country's recent history. The government has since deployed additional troops and "
     "police to Enga and promised tougher firearms laws.",
     [event(CLASH, day("2026-07-13", "Saturday"), "Yakali Clan Militia (Papua New Guinea)",
            "Kaina Clan Militia (Papua New Guinea)", WABAG, [
         ("trigger", "ambushed"), ("actor1", "fighters from the neighbouring Yakali clan"),
         ("actor2", "a group of tribesmen"), ("location", "Wabag"), ("event_date", "on Saturday"),
         ("fatalities", "the bodies of 11 men")], fatalities=11, geo=2)]),
    ("dev3-25", "2025-06-04",
     "Suspected Al-Shabaab militants torch communication mast in Lamu\n\n"
     "WITU, Lamu County (KNA) - Suspected Al-Shabaab militants on Tuesday night destroyed a mobile phone "
     "communication mast and set fire to a water pump house at Pandanguo village, about 20 kilometres west of "
     "Witu, leaving residents without network coverage.\n\n"
     "The Lamu County Commissioner said the attackers, estimated at about 15, arrived at around 9 p.m. and "
     "ordered the two watchmen guarding the installations to lie down before dousing the generator room with "
     "petrol. No one was injured. \"These criminals want to cut residents off from the security agencies so that "
     "they can move freely in the forest,\" he said.\n\n"
     "Security agencies have since launched a pursuit of the militants, who are believed to have retreated into "
     "the Boni Forest. The commissioner urged residents to share information with the police and assured them "
     "that the mast would be restored within a week.\n\n"
     "Lamu has experienced sporadic attacks since 2014, when more than 60 people were killed in raids on "
     "Mpeketoni and surrounding villages. The government launched a security operation in the forest the "
     "following year to flush out the militants.\n\n"
     "Residents of Pandanguo told KNA they had been living in fear since last month, when strangers were spotted "
     "near the village water point.",
     [event(LOOTING, day("2025-06-04", "Tuesday"), AL_SHABAAB, "", WITU, [
         ("trigger", "destroyed a mobile phone communication mast"), ("actor1", "Suspected Al-Shabaab militants"),
         ("location", "Witu"), ("event_date", "on Tuesday night")], geo=2)]),
    ("dev3-26", "2025-11-03",
     "Indian budget airlines slash fares as price war hits the skies\n\n"
     "MUMBAI, Nov 3 (Reuters) - India's budget airlines fired fresh salvos in a bruising fare war on Monday, "
     "with two carriers slashing ticket prices on domestic routes by up to 40% as they battle for passengers in "
     "a slowing travel market.\n\n"
     "The cuts, announced within hours of each other, triggered a sell-off in aviation stocks. Shares of the "
     "market leader plunged nearly 6% in Mumbai, their steepest fall in 14 months, while a smaller rival lost "
     "4%. \"This is a bloodbath for margins,\" said an analyst at a Mumbai brokerage, who asked not to be named "
     "because he was not authorised to speak to the media. \"Nobody wants to be the first to blink, so everyone "
     "gets hurt.\"\n\n"
     "One airline executive described the move as a \"pre-emptive strike\" ahead of the winter holiday season, "
     "when demand usually picks up. A spokesperson for the other carrier said it was \"defending its territory\" "
     "on trunk routes such as Delhi-Mumbai and Bengaluru-Kolkata.\n\n"
     "The turbulence comes as airlines grapple with delayed aircraft deliveries, engine problems that have "
     "grounded dozens of planes and high taxes on jet fuel. The civil aviation ministry said it was monitoring "
     "fares but had no plans to intervene.\n\n"
     "Analysts said the fare war was unlikely to last beyond the end of the year, as carriers could not sustain "
     "losses for long. \"Someone will raise the white flag by January,\" one said.",
     []),
    ("dev3-27", "2024-11-15",
     "Regional court jails two men for arson attack on refugee shelter\n\n"
     "BAUTZEN - The Regional Court of Goerlitz on Thursday sentenced two men from Bautzen to prison terms of six "
     "years and of four years and nine months for setting fire to a shelter for asylum seekers in Upper Lusatia "
     "in the spring of last year.\n\n"
     "The court found that the two defendants, aged 34 and 28, had thrown a burning canister through a "
     "ground-floor window of the former hotel, in which 42 refugees from Syria and Afghanistan were living at "
     "the time. A security guard noticed the flames and raised the alarm; all residents escaped unharmed, but "
     "two children were treated for smoke inhalation.\n\n"
     "The presiding judge said the men had acted out of \"deep-rooted hatred of foreigners\" and had accepted "
     "that people could die. The defence had argued that the elder defendant, who has previous convictions for "
     "assault and for displaying banned symbols, had only wanted to \"send a signal\". The prosecution had "
     "demanded eight years for him.\n\n"
     "Refugee councils welcomed the verdict as a clear message, while the association that runs the shelter "
     "said several families still suffered from anxiety and had asked to be moved.\n\n"
     "The verdict is not yet final. Both sides can appeal to the Federal Court of Justice within one week.\n\n"
     "(Translated from German.)",
     []),
    ("dev3-28", "2024-03-16",
     "Fuel tanker explosion kills 14 in Tanzania\n\n"
     "DAR ES SALAAM (AFP) - At least 14 people were killed and more than 30 injured when an overturned fuel "
     "tanker exploded as residents tried to collect leaking petrol near Kibaha, west of Dar es Salaam, on "
     "Saturday, police said.\n\n"
     "The tanker, travelling from the port city towards the Zambian border, skidded off the road and overturned "
     "at around 7 a.m., the regional police commander said. Dozens of people from nearby villages rushed to the "
     "scene with jerrycans and buckets. \"The blast came about 40 minutes later. People were burned as they "
     "ran,\" he said.\n\n"
     "The toll was initially put at nine but rose through the day as victims died of their burns in hospital, "
     "where doctors appealed for blood donations. The president declared three days of national mourning.\n\n"
     "Police said they were investigating what caused the fire and that the driver had been detained for "
     "questioning.\n\n"
     "In August 2019, more than 100 people died in a similar tanker explosion in Morogoro, one of the deadliest "
     "such disasters in East Africa.",
     []),
    ("dev3-29", "2025-05-20",
     "Ghana's president hosts Ivorian leader, pledges joint front against jihadist threat\n\n"
     "ACCRA, Ghana (AP) - Ghana's president welcomed his Ivory Coast counterpart to Accra on Tuesday for talks on "
     "trade, cocoa prices and the threat from jihadist groups pushing south from the Sahel, the two governments "
     "said.\n\n"
     "The two leaders inspected a guard of honour at Jubilee House before holding closed-door talks, and signed "
     "agreements on electricity trade and joint border patrols, according to a joint communique. They also "
     "agreed to share intelligence on \"the movement of terrorist groups and the trafficking of arms\" along their "
     "700-kilometre border.\n\n"
     "Coastal West African states fear that the violence that has killed thousands of people in Burkina Faso, "
     "Mali and Niger will spill over. Ivory Coast suffered a string of deadly attacks on its northern border "
     "posts in 2020 and 2021 but has since been spared, something officials attribute to heavy investment in the "
     "army and in social programmes in the north.\n\n"
     "\"We will not let those who sow death in the Sahel find a foothold in our villages,\" the Ghanaian leader "
     "told reporters at a joint news conference. The Ivorian president said the two countries, which produce "
     "about 60% of the world's cocoa, would also coordinate on prices \"to stop the speculators from bleeding our "
     "farmers dry\".",
     []),
    ("dev3-30", "2025-09-12",
     "Counter-terrorism exercise at Johor Bahru shopping centre: police statement\n\n"
     "JOHOR BAHRU, 12 September - The Johor Contingent Police Headquarters wishes to inform the public that a "
     "joint counter-terrorism exercise was successfully conducted on Wednesday night at a shopping centre in the "
     "city centre.\n\n"
     "The exercise simulated an attack by four armed terrorists who took 20 shoppers hostage and set off an "
     "explosive device at the main entrance. Personnel of the Special Tactical Unit, the Bomb Disposal Unit, "
     "the Fire and Rescue Department and the Ministry of Health took part. The \"terrorists\" were neutralised "
     "and all \"hostages\" rescued within 47 minutes.\n\n"
     "Members of the public who heard blasts or saw armed personnel in the area are advised not to be alarmed "
     "and not to spread unverified videos on social media. All the explosions heard were controlled and no one "
     "was hurt.\n\n"
     "The Johor Police Chief said the exercise tested the readiness and coordination of the agencies involved, "
     "following the attack on a police station in Ulu Tiram in May last year in which two policemen were "
     "killed. Similar exercises will be held at transport hubs in the state before the end of the year.\n\n"
     "The public is asked to report any suspicious activity to the nearest police station.",
     []),
]

# Where each report appeared: (source, url).
SOURCES = {
    "dev3-01": ("Reuters", "https://example.org/reuters/nigeria-zamfara-kidnapping"),
    "dev3-02": ("AFP", "https://example.org/afp/niger-tillaberi-emergency"),
    "dev3-03": ("General Staff of the Armed Forces of Mali (communique)",
                "https://example.org/fama/communique-071"),
    "dev3-04": ("Humanitarian coordination office, Goma (situation report)",
                "https://example.org/sitrep/north-kivu-23"),
    "dev3-05": ("AP", "https://example.org/ap/somalia-beledweyne-bombing"),
    "dev3-06": ("The Lakeside Courier (Kisumu)", "https://example.org/lakeside-courier/kondele-shooting"),
    "dev3-07": ("Africa desk live blog", "https://example.org/live/sudan-war-live"),
    "dev3-08": ("Reuters", "https://example.org/reuters/mozambique-lng-raids"),
    "dev3-09": ("AFP", "https://example.org/afp/colombia-arauca-bomb"),
    "dev3-10": ("El Vigia de Sinaloa (translated)", "https://example.org/vigia/culiacan-taqueria"),
    "dev3-11": ("Police Service of Northern Ireland (press release)",
                "https://example.org/psni/portadown-disorder"),
    "dev3-12": ("Community radio, Sagaing region (translated bulletin)",
                "https://example.org/radio/evening-bulletin-20-november"),
    "dev3-13": ("AP", "https://example.org/ap/pakistan-turbat-grenade"),
    "dev3-14": ("Indian Army, Chinar Corps (statement)", "https://example.org/chinar-corps/op-chakki-samad"),
    "dev3-15": ("Feni district correspondent, national daily", "https://example.org/daily/chhagalnaiya-clash"),
    "dev3-16": ("AFP", "https://example.org/afp/yemen-envoy-taiz"),
    "dev3-17": ("Ministry of Internal Affairs of Georgia (statement)",
                "https://example.org/mia-ge/statement-20-02-2026"),
    "dev3-18": ("Reuters", "https://example.org/reuters/greece-thessaloniki-march"),
    "dev3-19": ("AP", "https://example.org/ap/honduras-bus-driver"),
    "dev3-20": ("Anadolu Agency", "https://example.org/aa/libya-zawiya-clashes"),
    "dev3-21": ("MINUSCA (press release)", "https://example.org/minusca/bocaranga-attack"),
    "dev3-22": ("Community radio, Cauca (translated bulletin)", "https://example.org/radio/cauca-morning-bulletin"),
    "dev3-23": ("Diario del Valle, Cochabamba (translated)", "https://example.org/diario-del-valle/parotani"),
    "dev3-24": ("AP", "https://example.org/ap/png-enga-ambush"),
    "dev3-25": ("Kenya News Agency", "https://example.org/kna/lamu-mast"),
    "dev3-26": ("Reuters", "https://example.org/reuters/india-airline-fare-war"),
    "dev3-27": ("Bautzener Abendblatt (translated)", "https://example.org/abendblatt/goerlitz-verdict"),
    "dev3-28": ("AFP", "https://example.org/afp/tanzania-tanker-explosion"),
    "dev3-29": ("AP", "https://example.org/ap/ghana-ivory-coast-visit"),
    "dev3-30": ("Royal Malaysia Police, Johor (press release)", "https://example.org/pdrm/johor-exercise"),
}


def build() -> list[dict]:
    return build_articles(
        ARTICLES, "Annotator development fixture",
        sources={k: source for k, (source, _url) in SOURCES.items()}, urls={k: url for k, (_s, url) in SOURCES.items()},
    )


if __name__ == "__main__":
    write_articles(Path(__file__).with_name("articles.jsonl"), build())

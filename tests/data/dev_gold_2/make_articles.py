"""Regenerate articles.jsonl: 30 invented reports, a second *development* gold file for the suggester.

What it is: more material the suggester's authors may read, probe and tune against freely, beside
``tests/data/dev_gold``. It is not a held-out measure (the blind files are elsewhere and were not
read to write this one); a figure taken on it says how the suggester does on texts its authors have
seen. Written and coded on 2 December 2026 by a helper session of the project (branch
``devgold2``), from the texts alone: without running the suggester or the evaluation on them and
without reading its rules, ``annotator/nlp/`` or the schema's ``triggers:`` and ``suggest:``
sections, so the coding is an analyst's, not the rules'.

The reports are invented, never copied from real articles, and written in styles the first
development file has less of: UN / NGO situation-report paragraphs ("On 12 March, in Wamena, ..."),
monitoring-group bulletins listing numbered incidents, regional press with long sentences,
government press releases and communiqués, local news translated with unusual word order
("Again yesterday in the street were the students"), and a few plain wire leads. They also hold
background paragraphs; two or three incidents in different towns ("In a separate incident");
quotes; passive voice; numbers in words; reporting verbs with their own date ("police said on
Monday" about a Saturday shooting); relative dates ("the next day", "two days later", "overnight",
"yesterday"); attacks claimed later; denials; what did not happen; local press without a dateline;
headlines in Title Case. 25 reports hold 37 events (one to three each) from 26 countries, 25 of
them in neither earlier file, and cover 20 of ACLED's sub-event types; five (sport, economy, a
court, a disaster, a state visit) hold no event an ACLED analyst would record although they use
violent-sounding words.

Coding conventions (those the first held-out file, ``tests/data/heldout_gold/make_articles.py``,
states in its docstring, as ``tests/data/dev_gold`` restates them): ACLED actor names
(``Military Forces of X``, ``Police Forces of X``, ``Civilians (X)``, ``Unidentified Armed Group
(X)`` when nobody claims or is named, named groups as ACLED writes them);
``Protesters (X)`` is actor 1 of every protest event (also of excessive force against protesters)
and ``Rioters (X)`` of every riot, with the identity group the text names (``Students (X)``, a
party, an occupation) as associated actor 1, and the force that intervenes as actor 2; actor 2
stays empty when a strike hurt nobody and hit no one in particular. A later claim names actor 1.
Place fields (country, admin1, coordinates) are the gazetteer's, as ``annotator locate`` gives
them, even where its admin1 differs from the text's province; ``geo_precision`` 2 when the text
puts the event near a town or in its outskirts. Fatalities are ``null`` when the text gives no
death toll, also when it says nobody died; a battle's dead of both sides are added up and a suicide
bomber counts. Event dates are resolved against ``published`` (the last such weekday on or before
it, moved by the relative date), never the reporting verb's own date; "overnight" or "in the night
to Tuesday" in a report dated that morning is the evening before; "yesterday" is the day before
``published``. Regenerate with ``python tests/data/dev_gold_2/make_articles.py``.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_fixture import (  # noqa: E402
    ABDUCTION,
    AGREEMENT,
    AIR,
    ARRESTS,
    ATTACK,
    BASE,
    CLASH,
    DISRUPTED,
    EXCESSIVE,
    GRENADE,
    IED,
    INTERVENTION,
    LOOTING,
    MOB,
    PEACEFUL,
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


def yesterday(published: str) -> str:
    """The day before ``published``."""
    return (date.fromisoformat(published) - timedelta(days=1)).isoformat()


# Places as the gazetteer has them: (country, admin1, location, latitude, longitude).
WAMENA = ("Indonesia", "Papua", "Wamena", -4.09583, 138.94806)
TIMIKA = ("Indonesia", "Papua", "Timika", -4.61407, 136.67679)
BAWKU = ("Ghana", "Upper East", "Bawku", 11.05926, -0.24249)
TAMALE = ("Ghana", "Northern", "Tamale", 9.40079, -0.8393)
CONAKRY = ("Guinea", "Conakry", "Conakry", 9.53795, -13.67729)
BATNA = ("Algeria", "Batna", "Batna", 35.55597, 6.17414)
SHEBEKINO = ("Russia", "Belgorod", "Shebekino", 50.41342, 36.92537)
ARISH = ("Egypt", "Shamal Sina'", "Arish", 31.13159, 33.79844)
MARACAIBO = ("Venezuela", "Zulia", "Maracaibo", 10.64232, -71.61089)
QUETZALTENANGO = ("Guatemala", "Quetzaltenango", "Quetzaltenango", 14.84462, -91.52316)
COCHABAMBA = ("Bolivia", "Cochabamba", "Cochabamba", -17.38195, -66.15995)
DURBAN = ("South Africa", "KwaZulu-Natal", "Durban", -29.8579, 31.0292)
BATKEN = ("Kyrgyzstan", "Osh", "Batken", 40.0604, 70.81929)
ISFARA = ("Tajikistan", "Viloyati Sughd", "Isfara", 40.12649, 70.62526)
TOAMASINA = ("Madagascar", "Atsinanana", "Toamasina", -18.1492, 49.40234)
CABINDA = ("Angola", "Cabinda", "Cabinda", -5.56198, 12.19476)
WABAG = ("Papua New Guinea", "Enga", "Wabag", -5.49119, 143.72151)
MOUNT_HAGEN = ("Papua New Guinea", "Western Highlands", "Mount Hagen", -5.85746, 144.23058)
RIO = ("Brazil", "Rio de Janeiro", "Rio de Janeiro", -22.90642, -43.18223)
KINGSTON = ("Jamaica", "Kingston", "Kingston", 17.99702, -76.79358)
DIYARBAKIR = ("Turkey", "Diyarbakir", "Diyarbakir", 37.91363, 40.21721)
BULAWAYO = ("Zimbabwe", "Bulawayo", "Bulawayo", -20.15, 28.58333)
KENEMA = ("Sierra Leone", "Eastern Province", "Kenema", 7.87687, -11.19025)
DAPAONG = ("Togo", "Savanes", "Dapaong", 10.86225, 0.20762)
CINKASSE = ("Togo", "Savanes", "Cinkasse", 11.10389, 0.00944)
RUTSHURU = ("Democratic Republic of the Congo", "Nord Kivu", "Rutshuru", -1.18666, 29.44669)
BUJUMBURA = ("Burundi", "Bujumbura Mairie", "Bujumbura", -3.38193, 29.36142)
NGOZI = ("Burundi", "Ngozi", "Ngozi", -2.9075, 29.8306)
KIRUNDO = ("Burundi", "Kirundo", "Kirundo", -2.5845, 30.0959)
LILONGWE = ("Malawi", "Central Region", "Lilongwe", -13.96692, 33.78725)
MANNAR = ("Sri Lanka", "Northern Province", "Mannar", 8.98945, 79.87842)
GBARNGA = ("Liberia", "Bong", "Gbarnga", 6.99543, -9.47122)

CCC = "CCC: Citizens Coalition for Change"
CNL = "CNL: National Congress for Freedom"
CV = "CV: Red Command"
FLEC = "FLEC-FAC: Front for the Liberation of the Enclave of Cabinda - Armed Forces of Cabinda"
FNDC = "FNDC: National Front for the Defense of the Constitution"
HDP = "HDP: Peoples' Democratic Party"
IS_SINAI = "Islamic State (Egypt) - Sinai Province"
JNIM = "JNIM: Group for Support of Islam and Muslims"
M23 = "M23: March 23 Movement"
TPNPB = "TPNPB: West Papua National Liberation Army"


ARTICLES = [
    # UN situation report: "On <date>, in <town>," paragraphs, a claim two days later.
    ("dev2-01", "2024-03-18",
     "Papua: Humanitarian Situation Update No. 7 (as of 17 March 2024)\n\n"
     "On 12 March, in Wamena, two construction workers building a bridge on the Trans-Papua road were "
     "shot dead by members of the West Papua National Liberation Army (TPNPB), according to local "
     "authorities. The group claimed responsibility two days later, accusing the men of working for the "
     "military, an accusation their employer rejected.\n\n"
     "On 14 March, near Timika, an exchange of fire between Indonesian security forces and TPNPB "
     "fighters left one soldier and two fighters dead, according to the regional military command. An "
     "estimated 600 people have fled surrounding villages since the start of the month and are "
     "sheltering in churches; partners report shortages of clean water and medicine.",
     [event(ATTACK, "2024-03-12", TPNPB, "Civilians (Indonesia)", WAMENA, [
         ("trigger", "shot dead"), ("actor1", "West Papua National Liberation Army (TPNPB)"),
         ("actor2", "two construction workers"), ("location", "Wamena"), ("event_date", "On 12 March"),
         ("fatalities", "two construction workers")], fatalities=2),
      event(CLASH, "2024-03-14", "Military Forces of Indonesia", TPNPB, TIMIKA, [
         ("trigger", "an exchange of fire"), ("actor1", "Indonesian security forces"),
         ("actor2", "TPNPB fighters"), ("location", "Timika"), ("event_date", "On 14 March"),
         ("fatalities", "left one soldier and two fighters dead")], fatalities=3, geo=2)]),
    # Monitoring-group bulletin with numbered incidents, one of them unverified.
    ("dev2-02", "2024-06-10",
     "Northern Ghana Security Bulletin, Week 23\n\n"
     "The following incidents were recorded by our monitors between 3 and 9 June.\n\n"
     "1. Bawku, Upper East (4 June): Armed Kusasi and Mamprusi youths exchanged gunfire for several hours "
     "in two neighbourhoods of the town. Four people, among them a 15-year-old boy, were killed. Soldiers "
     "deployed in the evening to restore calm.\n\n"
     "2. Tamale, Northern (6 June): A man accused of stealing a motorbike was beaten to death by a crowd "
     "at a market before police arrived.\n\n"
     "3. Bawku outskirts, Upper East (8 June): Unknown gunmen on a motorbike opened fire on a commercial "
     "vehicle on the road to Pusiga, wounding the driver and two passengers. No deaths were recorded.\n\n"
     "Monitors were unable to verify reports of a fourth incident near Garu.",
     [event(CLASH, "2024-06-04", "Kusasi Ethnic Militia (Ghana)", "Mamprusi Ethnic Militia (Ghana)", BAWKU, [
         ("trigger", "exchanged gunfire"), ("actor1", "Kusasi"), ("actor2", "Mamprusi youths"),
         ("location", "Bawku"), ("event_date", "4 June"),
         ("fatalities", "Four people, among them a 15-year-old boy, were killed")], fatalities=4),
      event(MOB, "2024-06-06", "Rioters (Ghana)", "Civilians (Ghana)", TAMALE, [
         ("trigger", "beaten to death by a crowd"), ("actor1", "a crowd"),
         ("actor2", "A man accused of stealing a motorbike"), ("location", "Tamale"),
         ("event_date", "6 June"), ("fatalities", "beaten to death")], fatalities=1),
      event(ATTACK, "2024-06-08", "Unidentified Armed Group (Ghana)", "Civilians (Ghana)", BAWKU, [
         ("trigger", "opened fire on a commercial vehicle"), ("actor1", "Unknown gunmen"),
         ("actor2", "the driver and two passengers"), ("location", "Bawku outskirts"),
         ("event_date", "8 June")], geo=2)]),
    # Regional press, one long sentence; the ministry's version contested.
    ("dev2-03", "2023-05-12",
     "Conakry: Two Young Men Killed as Security Forces Fire on Opposition March\n\n"
     "In Conakry, on the Le Prince road that residents have long called the axis of the opposition, where "
     "for the third time this year supporters of the National Front for the Defence of the Constitution "
     "(FNDC) had gathered on Wednesday morning to demand that the transitional authorities set a date for "
     "elections, gendarmes and police officers who had blocked the road since dawn fired tear gas and then "
     "live ammunition into the crowd, killing two young men, one of them a nineteen-year-old apprentice "
     "mechanic, and wounding at least a dozen others, according to the FNDC and to doctors at a city "
     "hospital who said they had treated gunshot wounds.\n\n"
     "The Ministry of Security, in a communique read on national television on Thursday evening, "
     "regretted the loss of life but said the march had not been authorised and that the security forces "
     "had been attacked with stones, a version that witnesses interviewed by our correspondent contested.",
     [event(EXCESSIVE, day("2023-05-12", "Wednesday"), "Protesters (Guinea)", "Police Forces of Guinea", CONAKRY, [
         ("trigger", "fired tear gas and then live ammunition into the crowd"), ("actor1", "supporters"),
         ("assoc_actor_1", "National Front for the Defence of the Constitution (FNDC)"),
         ("actor2", "gendarmes and police officers"), ("location", "Conakry"),
         ("event_date", "on Wednesday morning"), ("fatalities", "killing two young men")],
         fatalities=2, assoc1=FNDC)]),
    # Government press release: a weekly results communique.
    ("dev2-04", "2024-01-11",
     "Ministry of National Defence: Operational Results for the Period 3-9 January 2024\n\n"
     "In the framework of the fight against terrorism and organised crime, and in continuation of the "
     "efforts to track down criminal gangs, units of the People's National Army carried out, during the "
     "period from 3 to 9 January 2024, several operations that yielded quality results reflecting the "
     "high professionalism and vigilance of our Armed Forces.\n\n"
     "In this context, on 5 January, acting on intelligence, a detachment of the People's National Army "
     "arrested three support elements of terrorist groups in Batna, in the 5th Military Region. Other "
     "detachments intercepted 14 smugglers and seized 32 quintals of food products intended for "
     "smuggling at the southern borders.\n\n"
     "The Ministry of National Defence reaffirms the determination of the Armed Forces to continue the "
     "fight without respite until these criminal groups are eradicated.",
     [event(ARRESTS, "2024-01-05", "Military Forces of Algeria", "Civilians (Algeria)", BATNA, [
         ("trigger", "arrested"), ("actor1", "a detachment of the People's National Army"),
         ("actor2", "three support elements of terrorist groups"), ("location", "Batna"),
         ("event_date", "on 5 January")])]),
    # Translated local news, verb-first word order; "in the night to Tuesday" is Monday night.
    ("dev2-05", "2024-05-21",
     "Over Shebekino Again Drones, Wounded Are Three\n\n"
     "In the night to Tuesday by Ukrainian drones was attacked the town of Shebekino, informed in his "
     "Telegram channel the governor of the region. Damaged are two private houses and a car, injured are "
     "three people, among them a woman of seventy years; all were taken to the central district "
     "hospital, their life is not in danger.\n\n"
     "Schools in the town tomorrow will work remotely, added the head of the municipal district.",
     [event(AIR, day("2024-05-21", "Monday"), "Military Forces of Ukraine", "Civilians (Russia)", SHEBEKINO, [
         ("trigger", "by Ukrainian drones was attacked"), ("actor1", "Ukrainian"),
         ("actor2", "three people"), ("location", "Shebekino"), ("event_date", "In the night to Tuesday")])]),
    # Plain wire lead; the claim comes a day later, the bomber counts among the dead.
    ("dev2-06", "2021-09-14",
     "Suicide Car Bomber Hits Army Checkpoint in Egypt's North Sinai\n\n"
     "CAIRO (Reuters) - A suicide bomber drove a car packed with explosives into an army checkpoint south "
     "of Arish in Egypt's North Sinai on Sunday, killing four soldiers, security sources said. The bomber "
     "was also killed. Islamic State's Sinai affiliate claimed responsibility for the attack on Monday "
     "through its news agency, without giving evidence.",
     [event(SUICIDE, day("2021-09-14", "Sunday"), IS_SINAI, "Military Forces of Egypt", ARISH, [
         ("trigger", "suicide bomber drove a car packed with explosives"),
         ("actor1", "Islamic State's Sinai affiliate"), ("actor2", "an army checkpoint"),
         ("location", "Arish"), ("event_date", "on Sunday"),
         ("fatalities", "killing four soldiers, security sources said. The bomber was also killed")],
         fatalities=5, geo=2)]),
    # Passive voice, a quote; detentions are part of the intervention, not a separate event.
    ("dev2-07", "2024-02-16",
     "Pensioners Teargassed Outside Social Security Office in Maracaibo\n\n"
     "MARACAIBO - About two hundred retirees who had gathered on Thursday in front of the offices of the "
     "social security institute in Maracaibo to demand that their pensions, worth less than four dollars "
     "a month, be raised were dispersed with tear gas and pepper spray by officers of the Bolivarian "
     "National Guard, and eight of them were detained, a social conflict observatory said. \"We are old, "
     "we are not criminals,\" said one of the protesters, a 71-year-old former teacher. The Guard said in "
     "a statement that the group had blocked an avenue.",
     [event(INTERVENTION, day("2024-02-16", "Thursday"), "Protesters (Venezuela)", "Military Forces of Venezuela",
            MARACAIBO, [
         ("trigger", "dispersed with tear gas and pepper spray"), ("actor1", "About two hundred retirees"),
         ("assoc_actor_1", "retirees"), ("actor2", "Bolivarian National Guard"), ("location", "Maracaibo"),
         ("event_date", "on Thursday")], assoc1="Retirees (Venezuela)")]),
    # Local press without a dateline; a lynching on a town's outskirts.
    ("dev2-08", "2023-10-03",
     "Neighbours Burn Alleged Thief in Quetzaltenango Hamlet\n\n"
     "A man accused of robbing a tuk-tuk driver was doused with petrol and set alight by a crowd of "
     "residents on Sunday evening in a hamlet on the outskirts of Quetzaltenango, the National Civil "
     "Police reported. Officers who tried to rescue him were held back by the crowd, and he died on the "
     "way to hospital.\n\n"
     "The police said on Monday that nobody had yet been arrested. The human rights ombudsman has "
     "registered eleven lynchings in the country so far this year.",
     [event(MOB, day("2023-10-03", "Sunday"), "Rioters (Guatemala)", "Civilians (Guatemala)", QUETZALTENANGO, [
         ("trigger", "set alight by a crowd"), ("actor1", "a crowd of residents"),
         ("actor2", "A man accused of robbing a tuk-tuk driver"), ("location", "Quetzaltenango"),
         ("event_date", "on Sunday evening"), ("fatalities", "he died on the way to hospital")],
         fatalities=1, geo=2)]),
    # Regional press, a long sentence; the march passed off peacefully.
    ("dev2-09", "2023-11-24",
     "Coca Growers March Through Cochabamba Against 'Persecution'\n\n"
     "COCHABAMBA - Thousands of coca growers from the six federations of the tropics, who accuse the "
     "government of persecuting their leaders, marched peacefully through the centre of Cochabamba on "
     "Tuesday, waving flags and coca leaves and chanting slogans against the interior minister, before "
     "returning in buses to the Chapare in the evening, without incident, the departmental police said.\n\n"
     "Their leaders have threatened to block the highway to the east of the country next month if "
     "charges against them are not dropped.",
     [event(PEACEFUL, day("2023-11-24", "Tuesday"), "Protesters (Bolivia)", "", COCHABAMBA, [
         ("trigger", "marched peacefully"), ("actor1", "Thousands of coca growers"),
         ("assoc_actor_1", "coca growers"), ("location", "Cochabamba"), ("event_date", "on Tuesday")],
         assoc1="Coca Growers (Bolivia)")]),
    # Passive voice; the reporting verb dated Monday, the shooting on Saturday.
    ("dev2-10", "2024-08-13",
     "Five Taxi Drivers Shot Dead at Durban Rank\n\n"
     "DURBAN (Reuters) - Five minibus taxi drivers were shot dead and two others wounded at a taxi rank "
     "in Durban on Saturday, police said on Monday, in what they described as the latest episode of a "
     "turf war between rival taxi associations. The drivers were sitting in their vehicles waiting for "
     "passengers when the gunmen, who arrived in a white sedan, opened fire with rifles, a police "
     "spokeswoman said. No arrests have been made.\n\n"
     "More than 20 people have been killed in taxi-related violence in KwaZulu-Natal this year.",
     [event(ATTACK, day("2024-08-13", "Saturday"), "Unidentified Armed Group (South Africa)",
            "Civilians (South Africa)", DURBAN, [
         ("trigger", "shot dead"), ("actor1", "the gunmen"), ("actor2", "Five minibus taxi drivers"),
         ("assoc_actor_2", "taxi drivers"), ("location", "Durban"), ("event_date", "on Saturday"),
         ("fatalities", "Five minibus taxi drivers were shot dead")],
         fatalities=5, assoc2="Taxi Drivers (South Africa)")]),
    # Three events across a border: a clash, shelling "the next day" that is denied, a ceasefire.
    ("dev2-11", "2022-09-19",
     "Kyrgyz, Tajik Border Troops Clash; Ceasefire Signed After Shelling\n\n"
     "BISHKEK (AP) - Kyrgyz and Tajik border troops fought with machine guns near Batken on Wednesday in "
     "the most serious flare-up on their disputed frontier in more than a year, Kyrgyzstan's border "
     "service said on Thursday, adding that two of its guards and three Tajik servicemen had been "
     "killed. Tajikistan's border service blamed the Kyrgyz side for opening fire first.\n\n"
     "The next day, artillery shells fired from Kyrgyz territory landed on the outskirts of the Tajik town "
     "of Isfara, damaging a school and several homes, Tajik officials said. No casualties were reported. "
     "Bishkek denied firing across the border.\n\n"
     "On Saturday, the two countries' border commanders signed a ceasefire agreement at a meeting in "
     "Batken and said troops would pull back from the disputed posts.",
     [event(CLASH, day("2022-09-19", "Wednesday"), "Military Forces of Kyrgyzstan", "Military Forces of Tajikistan",
            BATKEN, [
         ("trigger", "fought with machine guns"), ("actor1", "Kyrgyz"), ("actor2", "Tajik border troops"),
         ("location", "Batken"), ("event_date", "on Wednesday"),
         ("fatalities", "two of its guards and three Tajik servicemen had been killed")], fatalities=5, geo=2),
      event(SHELLING, day("2022-09-19", "Wednesday", 1), "Military Forces of Kyrgyzstan", "", ISFARA, [
         ("trigger", "artillery shells fired"), ("actor1", "from Kyrgyz territory"), ("location", "Isfara"),
         ("event_date", "The next day")], geo=2),
      event(AGREEMENT, day("2022-09-19", "Saturday"), "Military Forces of Kyrgyzstan",
            "Military Forces of Tajikistan", BATKEN, [
         ("trigger", "signed a ceasefire agreement"), ("actor1", "the two countries' border commanders"),
         ("actor2", "the two countries' border commanders"), ("location", "a meeting in Batken"),
         ("event_date", "On Saturday")])]),
    # Translated local news, inverted word order; a march promised, not held.
    ("dev2-12", "2023-03-09",
     "Toamasina: Students Of The University Again In The Street\n\n"
     "Again yesterday in the street were the students of the University of Toamasina. Around five "
     "hundred, they marched from the campus to the regional directorate, to demand the payment of their "
     "grants, late for four months. Calm remained the march, and at midday dispersed the students by "
     "themselves. No intervention of the forces of order there was, confirmed the police commissioner.\n\n"
     "A new march announced the student union for next week, if not paid are the grants.",
     [event(PEACEFUL, yesterday("2023-03-09"), "Protesters (Madagascar)", "", TOAMASINA, [
         ("trigger", "marched"), ("actor1", "Around five hundred"),
         ("assoc_actor_1", "the students of the University of Toamasina"),
         ("location", "Toamasina"), ("event_date", "yesterday")], assoc1="Students (Madagascar)")]),
    # A claim by the rebels and a flat denial by the army.
    ("dev2-13", "2024-07-02",
     "Cabinda Separatists Say They Killed Soldiers; Army Denies Any Attack\n\n"
     "LUANDA (AFP) - The Front for the Liberation of the Enclave of Cabinda (FLEC) said on Monday that its "
     "fighters had ambushed an Angolan army patrol near the town of Cabinda on Friday, killing seven "
     "soldiers and losing one of their own. The Angolan Armed Forces denied that any attack had taken "
     "place, and the claim could not be independently verified.\n\n"
     "FLEC, which has waged a low-level insurgency for the independence of the oil-rich enclave since "
     "1975, often issues statements about clashes that the army does not confirm.",
     [event(CLASH, day("2024-07-02", "Friday"), FLEC, "Military Forces of Angola", CABINDA, [
         ("trigger", "ambushed"), ("actor1", "Front for the Liberation of the Enclave of Cabinda (FLEC)"),
         ("actor2", "an Angolan army patrol"), ("location", "near the town of Cabinda"), ("event_date", "on Friday"),
         ("fatalities", "killing seven soldiers and losing one of their own")], fatalities=8, geo=2)]),
    # Regional press: a tribal fight, then houses burned in another province "in a separate incident".
    ("dev2-14", "2024-02-20",
     "Tribal Fight Near Wabag Leaves Nine Dead; Houses Torched Near Mount Hagen\n\n"
     "WABAG - Nine men were killed when warriors of the Tale and Yanda clans clashed with bush knives, "
     "bows and high-powered rifles near Wabag on Saturday, in a fight over land that police said had "
     "simmered for years. Six of the dead were from the Yanda side, the provincial police commander "
     "said.\n\n"
     "In a separate incident on Sunday, in neighbouring Western Highlands, a group of armed youths "
     "burned down a health centre and twelve houses in a village outside Mount Hagen in revenge for the "
     "death of a clan leader. The villagers had fled beforehand and nobody was hurt, police said.",
     [event(CLASH, day("2024-02-20", "Saturday"), "Tale Clan Militia (Papua New Guinea)",
            "Yanda Clan Militia (Papua New Guinea)", WABAG, [
         ("trigger", "clashed"), ("actor1", "Tale"), ("actor2", "Yanda clans"), ("location", "Wabag"),
         ("event_date", "on Saturday"), ("fatalities", "Nine men were killed")], fatalities=9, geo=2),
      event(LOOTING, day("2024-02-20", "Sunday"), "Unidentified Clan Militia (Papua New Guinea)",
            "Civilians (Papua New Guinea)", MOUNT_HAGEN, [
         ("trigger", "burned down a health centre and twelve houses"), ("actor1", "a group of armed youths"),
         ("actor2", "a village"), ("location", "Mount Hagen"), ("event_date", "on Sunday")], geo=2)]),
    # Plain wire lead: a police raid turns into a gun battle.
    ("dev2-15", "2023-08-04",
     "Ten Killed in Rio Police Raid on Gang Stronghold\n\n"
     "RIO DE JANEIRO (Reuters) - Ten people were killed on Thursday when military police raided a complex "
     "of favelas in Rio de Janeiro controlled by the Comando Vermelho drug gang, exchanging fire with "
     "gang members for several hours, police said. One officer was among the dead. Residents said schools "
     "and clinics stayed shut and buses were halted.\n\n"
     "Rights groups said the toll made it one of the deadliest police operations of the year.",
     [event(CLASH, day("2023-08-04", "Thursday"), "Police Forces of Brazil", CV, RIO, [
         ("trigger", "exchanging fire"), ("actor1", "military police"), ("actor2", "Comando Vermelho"),
         ("location", "Rio de Janeiro"), ("event_date", "on Thursday"),
         ("fatalities", "Ten people were killed")], fatalities=10)]),
    # Local press without a dateline; "the police have reported".
    ("dev2-16", "2024-04-15",
     "Three Killed in Kingston Gun Attack on Domino Players\n\n"
     "Three men were shot and killed by gunmen who opened fire on a group playing dominoes outside a shop "
     "in Kingston on Saturday night, the police have reported. Investigators believe the attack was a "
     "reprisal in a feud between two gangs in the area. \"They just came and started shooting,\" a "
     "shopkeeper said.\n\n"
     "Residents said yesterday that they were afraid to leave their homes. No one has been arrested.",
     [event(ATTACK, day("2024-04-15", "Saturday"), "Unidentified Gang (Jamaica)", "Civilians (Jamaica)", KINGSTON, [
         ("trigger", "opened fire"), ("actor1", "gunmen"), ("actor2", "a group playing dominoes"),
         ("location", "Kingston"), ("event_date", "on Saturday night"),
         ("fatalities", "Three men were shot and killed")], fatalities=3)]),
    # Wire: two events the same day, "later that day".
    ("dev2-17", "2023-04-27",
     "Turkish Police Detain 25 in Diyarbakir Raids, Disperse Protest\n\n"
     "ISTANBUL (Reuters) - Turkish police detained 25 people, including journalists and a lawyer, in dawn "
     "raids in the southeastern city of Diyarbakir on Tuesday as part of an investigation into alleged "
     "links to the outlawed Kurdistan Workers' Party, state media said. Later that day, police used water "
     "cannon and pepper spray to disperse around 300 supporters of the pro-Kurdish HDP who had gathered "
     "outside the courthouse to protest against the detentions.",
     [event(ARRESTS, day("2023-04-27", "Tuesday"), "Police Forces of Turkey", "Civilians (Turkey)", DIYARBAKIR, [
         ("trigger", "detained"), ("actor1", "Turkish police"), ("actor2", "25 people"),
         ("assoc_actor_2", "journalists"), ("location", "Diyarbakir"), ("event_date", "on Tuesday")],
         assoc2="Journalists (Turkey)"),
      event(INTERVENTION, day("2023-04-27", "Tuesday"), "Protesters (Turkey)", "Police Forces of Turkey",
            DIYARBAKIR, [
         ("trigger", "to disperse"), ("actor1", "around 300 supporters"), ("assoc_actor_1", "HDP"),
         ("actor2", "police used water"), ("location", "Diyarbakir"), ("event_date", "Later that day")],
         assoc1=HDP)]),
    # NGO statement; the date in words, the victim released days later.
    ("dev2-18", "2024-06-27",
     "Statement on the Abduction of a Youth Activist in Bulawayo\n\n"
     "The Peace Monitoring Network is deeply concerned about the abduction of a youth activist of the "
     "opposition Citizens Coalition for Change (CCC), who was seized outside her home in Bulawayo on the "
     "night of 22 June by four men in plain clothes driving an unmarked vehicle. Her whereabouts remained "
     "unknown for three days, until she was dumped on a roadside bearing injuries consistent with "
     "torture.\n\n"
     "We call on the authorities to investigate promptly and to bring those responsible to book.",
     [event(ABDUCTION, "2024-06-22", "Unidentified Armed Group (Zimbabwe)", "Civilians (Zimbabwe)", BULAWAYO, [
         ("trigger", "was seized"), ("actor1", "four men in plain clothes"), ("actor2", "a youth activist"),
         ("assoc_actor_2", "Citizens Coalition for Change (CCC)"), ("location", "Bulawayo"),
         ("event_date", "on the night of 22 June")], assoc2=CCC)]),
    # Local press, a peaceful march under police escort.
    ("dev2-19", "2023-07-06",
     "Okada Riders Protest Ban in Kenema\n\n"
     "Hundreds of commercial motorbike riders, popularly known as okada riders, on Wednesday parked their "
     "bikes and marched through Kenema to the district council office to protest against a new bye-law "
     "banning them from the city centre. The march was peaceful and was escorted by police officers, our "
     "correspondent observed. The council chairman promised to review the law.",
     [event(PEACEFUL, day("2023-07-06", "Wednesday"), "Protesters (Sierra Leone)", "", KENEMA, [
         ("trigger", "marched"), ("actor1", "Hundreds of commercial motorbike riders"),
         ("assoc_actor_1", "okada riders"), ("location", "Kenema"), ("event_date", "on Wednesday")],
         assoc1="Motorcycle Taxi Drivers (Sierra Leone)")]),
    # A government statement on Monday about Saturday, the claim on Tuesday; a mine the same day.
    ("dev2-20", "2024-10-16",
     "Togo Says Nine Soldiers Killed in Attack Near Burkina Border\n\n"
     "LOME (AFP) - Nine Togolese soldiers were killed on Saturday when heavily armed men attacked an army "
     "post near Dapaong, in the far north of the country, the government said in a statement on Monday, "
     "adding that troops had killed about twenty of the assailants. The al Qaeda-linked Group for "
     "Support of Islam and Muslims (JNIM) claimed responsibility on Tuesday.\n\n"
     "In a separate incident the same day, a homemade bomb exploded under a moped on a track outside "
     "Cinkasse, killing two farmers, a local official said.",
     [event(CLASH, day("2024-10-16", "Saturday"), JNIM, "Military Forces of Togo", DAPAONG, [
         ("trigger", "attacked an army post"), ("actor1", "Group for Support of Islam and Muslims (JNIM)"),
         ("actor2", "Nine Togolese soldiers"), ("location", "Dapaong"), ("event_date", "on Saturday"),
         ("fatalities", "Nine Togolese soldiers were killed")], fatalities=29, geo=2),
      event(IED, day("2024-10-16", "Saturday"), "Unidentified Armed Group (Togo)", "Civilians (Togo)", CINKASSE, [
         ("trigger", "a homemade bomb exploded"), ("actor1", "a homemade bomb"), ("actor2", "two farmers"),
         ("location", "Cinkasse"), ("event_date", "the same day"), ("fatalities", "killing two farmers")],
         fatalities=2, geo=2)]),
    # A town taken after troops withdraw, a headquarters set up "the next day".
    ("dev2-21", "2023-06-13",
     "M23 Rebels Take Rutshuru, Move Headquarters Into Town\n\n"
     "GOMA (Reuters) - M23 rebels took control of the town of Rutshuru in eastern Congo on Sunday after "
     "government troops withdrew overnight, residents and a local civil society leader said. There was "
     "no fighting in the town itself, they said.\n\n"
     "The next day, the rebels moved their military headquarters into the former administrator's "
     "office, a rebel spokesman said on Tuesday, and called on civil servants to return to work.",
     [event(TRANSFER, day("2023-06-13", "Sunday"), M23, "Military Forces of the Democratic Republic of Congo",
            RUTSHURU, [
         ("trigger", "took control of the town"), ("actor1", "M23 rebels"), ("actor2", "government troops"),
         ("location", "Rutshuru"), ("event_date", "on Sunday")]),
      event(BASE, day("2023-06-13", "Sunday", 1), M23, "", RUTSHURU, [
         ("trigger", "moved their military headquarters"), ("actor1", "the rebels"), ("location", "Rutshuru"),
         ("event_date", "The next day")])]),
    # Rights-group bulletin: three incidents in three provinces.
    ("dev2-22", "2023-09-21",
     "Monthly Human Rights Bulletin, August-September 2023\n\n"
     "On 2 September, in Bujumbura, unidentified men threw a grenade into a crowded bar in the evening, "
     "killing two customers and wounding eleven. The police said investigations were under way.\n\n"
     "On 9 September, in Ngozi, two women returning from a market were raped by members of the "
     "Imbonerakure, the youth wing of the ruling party, according to relatives who spoke to our monitors. "
     "Local officials denied that the incident had taken place.\n\n"
     "On 14 September, in Kirundo, a member of the opposition National Congress for Freedom (CNL) was "
     "taken from his home by Imbonerakure and has not been seen since.",
     [event(GRENADE, "2023-09-02", "Unidentified Armed Group (Burundi)", "Civilians (Burundi)", BUJUMBURA, [
         ("trigger", "threw a grenade"), ("actor1", "unidentified men"), ("actor2", "two customers"),
         ("location", "Bujumbura"), ("event_date", "On 2 September"), ("fatalities", "killing two customers")],
         fatalities=2),
      event(SEXUAL, "2023-09-09", "Imbonerakure", "Civilians (Burundi)", NGOZI, [
         ("trigger", "were raped"), ("actor1", "Imbonerakure"), ("actor2", "two women"),
         ("location", "Ngozi"), ("event_date", "On 9 September")]),
      event(ABDUCTION, "2023-09-14", "Imbonerakure", "Civilians (Burundi)", KIRUNDO, [
         ("trigger", "was taken from his home"), ("actor1", "by Imbonerakure"),
         ("actor2", "a member of the opposition"), ("assoc_actor_2", "National Congress for Freedom (CNL)"),
         ("location", "Kirundo"), ("event_date", "On 14 September")], assoc2=CNL)]),
    # Wire: a riot with stones and a burned car.
    ("dev2-23", "2024-09-04",
     "Fuel Price Protest Turns Violent in Malawi's Capital\n\n"
     "LILONGWE (Reuters) - Hundreds of youths angered by a 40 percent rise in fuel prices threw stones at "
     "police, set a car ablaze and blocked roads with burning tyres in Lilongwe on Tuesday, before police "
     "fired tear gas to disperse them, witnesses said. Several shops were looted, according to the "
     "police, who said nine people had been arrested.\n\n"
     "The energy regulator said the rise was needed to end fuel shortages that have lasted for months.",
     [event(VIOLENT_DEMO, day("2024-09-04", "Tuesday"), "Rioters (Malawi)", "Police Forces of Malawi", LILONGWE, [
         ("trigger", "threw stones at police, set a car ablaze"), ("actor1", "Hundreds of youths"),
         ("actor2", "police"), ("location", "Lilongwe"), ("event_date", "on Tuesday")])]),
    # Government press release: weapons seized, a drug haul beside it that is no ACLED event.
    ("dev2-24", "2023-06-13",
     "Navy Seizes Hand Grenades and Explosives in Mannar\n\n"
     "The Sri Lanka Navy, in a special operation conducted in the Mannar area on 11 June 2023, found "
     "twelve hand grenades, two claymore mines and a quantity of detonators buried in a coconut estate "
     "and safely removed them, the Navy Media Unit said in a press release. The items are believed to "
     "date from the war that ended in 2009.\n\n"
     "In another operation off Jaffna, naval personnel seized 120 kilograms of Kerala cannabis and took "
     "three suspects into custody. Both cases have been handed over to the police for onward legal "
     "action.",
     [event(DISRUPTED, "2023-06-11", "Military Forces of Sri Lanka", "", MANNAR, [
         ("trigger", "found twelve hand grenades"), ("actor1", "The Sri Lanka Navy"),
         ("location", "Mannar"), ("event_date", "on 11 June 2023")], geo=2)]),
    # A police press release about a riot on Friday and arrests on Sunday.
    ("dev2-25", "2024-04-16",
     "LNP Arrests Fourteen Over Burning of Gbarnga Police Depot\n\n"
     "The Liberia National Police (LNP) wishes to inform the public that on Sunday, officers of the Police "
     "Support Unit arrested fourteen persons in Gbarnga, Bong County, in connection with the violent "
     "protest of Friday, during which an angry crowd stoned police officers and set the depot ablaze after "
     "a motorcyclist was killed in a road accident.\n\n"
     "The LNP reminds the public that taking the law into one's own hands is a crime.",
     [event(VIOLENT_DEMO, day("2024-04-16", "Friday"), "Rioters (Liberia)", "Police Forces of Liberia", GBARNGA, [
         ("trigger", "stoned police officers and set the depot ablaze"), ("actor1", "an angry crowd"),
         ("actor2", "police officers"), ("location", "Gbarnga"), ("event_date", "of Friday")]),
      event(ARRESTS, day("2024-04-16", "Sunday"), "Police Forces of Liberia", "Rioters (Liberia)", GBARNGA, [
         ("trigger", "arrested fourteen persons"), ("actor1", "officers of the Police Support Unit"),
         ("actor2", "fourteen persons"), ("location", "Gbarnga"), ("event_date", "on Sunday")])]),
    # No ACLED event: sport.
    ("dev2-26", "2024-03-04",
     "Rosario Central Crush Newell's in Fiery Derby as Fans Set Stands Ablaze With Flares\n\n"
     "ROSARIO (AP) - Rosario Central demolished city rivals Newell's Old Boys 3-0 on Sunday, bombarding "
     "the visitors' goal from the first whistle and killing off the game with two goals in five minutes "
     "after the break. Home fans lit the stands with flares and smoke bombs before kick-off. \"We shot "
     "them down,\" the coach said.",
     []),
    # No ACLED event: economy.
    ("dev2-27", "2023-06-22",
     "Copper Slump Hammers Zambia's Mines, Kwacha Bleeds\n\n"
     "LUSAKA (Reuters) - A slump in copper prices has battered Zambia's mining towns, with two mines near "
     "Kitwe cutting shifts this week and the kwacha bleeding more than 8 percent against the dollar this "
     "month, traders said on Thursday. \"This is a massacre for the currency,\" a Lusaka-based analyst "
     "said, adding that the central bank was likely to fight back with a rate hike.",
     []),
    # No ACLED event: a court.
    ("dev2-28", "2023-11-15",
     "Georgian Court Jails Man for Killing Neighbour in Kutaisi\n\n"
     "TBILISI - A court in Kutaisi on Tuesday sentenced a 44-year-old man to eleven years in prison for "
     "stabbing his neighbour to death during a quarrel over a parking space last year. The prosecution "
     "had demanded fifteen years. The defence said it would fight the verdict in the court of appeal.",
     []),
    # No ACLED event: a natural disaster.
    ("dev2-29", "2024-05-06",
     "Cyclone Batters Tanzania's Coast, Eleven Killed\n\n"
     "DAR ES SALAAM (AP) - A tropical cyclone battered Tanzania's southern coast over the weekend, killing "
     "eleven people and destroying hundreds of homes in Lindi and Mtwara, the disaster management office "
     "said on Monday. Soldiers were deployed to help evacuate villages cut off by floodwaters.",
     []),
    # No ACLED event: a state visit.
    ("dev2-30", "2024-08-20",
     "Paraguay Gives Taiwan's Leader a Hero's Welcome, Vows to Fight Side by Side\n\n"
     "ASUNCION (Reuters) - Paraguay's president greeted his Taiwanese counterpart with a military guard of "
     "honour and a cannon salute in Asuncion on Monday, at the start of a three-day visit during which "
     "the two leaders vowed to fight together against poverty and to storm new markets for Paraguayan "
     "beef.",
     []),
]


def build() -> list[dict]:
    return build_articles(ARTICLES, "Annotator development fixture 2")


if __name__ == "__main__":
    write_articles(Path(__file__).with_name("articles.jsonl"), build())

"""Regenerate articles.jsonl: a second set of 24 wire-style reports for a held-out measure of the
suggester.

Written and coded blind on 2 December 2026 by a helper session that never opened the suggester's
code, rules, patterns or schema files (``annotator/nlp/``, ``annotator/schema_roles.py``,
``resources/schemas/``), its tests or gold files (``tests/data/nlp_gold``,
``tests/data/learning_gold``), nor the README's "Suggestions and evaluation" section, and never ran
the suggester or the evaluation on these texts. It read only ``tests/data/heldout_gold/make_articles.py``
(for the format and conventions), ``tests/data/gold_fixture.py`` and ``tests/test_heldout_gold.py`` (now ``tests/test_gold_files.py``),
and used ``annotator locate`` for the place fields.

The reports are invented: plausible but fictional incidents, not copied from any real article. The
20 reports with events come from 19 countries, none of them in the first held-out file (Europe:
Ukraine, France, Serbia, Georgia, Moldova; Latin America and the Caribbean: Peru, Haiti, Ecuador,
Honduras; South and Southeast Asia: the Philippines, Thailand, Sri Lanka, Nepal; Africa: Ethiopia,
South Sudan, Cameroon, South Africa, Benin, Burkina Faso). Their 24 events cover 23 of ACLED's 25
sub-event types (all but Agreement and Other). Four reports (a trade deal, a court sentence, a
cabinet reshuffle, a cyclone) hold no event an ACLED analyst would record, though they use words
that sound violent or political.

Coding conventions, as in the first file: ACLED actor names (``Military Forces of X``,
``Police Forces of X``, ``Protesters (X)``, ``Rioters (X)``, ``Civilians (X)``,
``Unidentified Armed Group (X)``, named groups as ACLED writes them); protesters are actor 1 of every
protest event and the force that intervenes actor 2; associated actors where the text names them
(``Students (Serbia)``, ``Farmers (Moldova)``, ``Women (South Sudan)``); the place fields (country,
admin1, coordinates) are the gazetteer's, as ``annotator locate`` gives them; ``geo_precision`` 2 when
the text puts the event near a town, on its edge or outskirts, or in a district named after it;
fatalities ``null`` when the text gives no death toll (wounded only), ``0`` when it says outright that
nobody died, and a suicide bomber counts among the dead. Event dates are resolved from the weekday
against ``published`` (the last such day on or before it, shifted for "two days after" and the
like), so they are right by construction, and so are the evidence offsets:
``python tests/data/heldout_gold_2/make_articles.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gold_fixture import (  # noqa: E402
    ABDUCTION,
    AIR,
    ARRESTS,
    ATTACK,
    BASE,
    CHANGE,
    CHEMICAL,
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
KHERSON = ("Ukraine", "Kherson", "Kherson", 46.63695, 32.61458)
MALA_TOKMACHKA = ("Ukraine", "Zaporizhia", "Mala Tokmachka", 47.5344, 35.90066)
ORIKHIV = ("Ukraine", "Zaporizhia", "Orikhiv", 47.57613, 35.78333)
LIMOGES = ("France", "Aquitaine", "Limoges", 45.83362, 1.24759)
NOVI_SAD = ("Serbia", "Autonomna Pokrajina Vojvodina", "Novi Sad", 45.25167, 19.83694)
BATUMI = ("Georgia", "Ajaria", "Batumi", 41.64077, 41.6306)
SICUANI = ("Peru", "Cusco", "Sicuani", -14.26944, -71.22611)
THOMONDE = ("Haiti", "Centre", "Thomonde", 19.0173, -71.96235)
MACHALA = ("Ecuador", "El Oro", "Machala", -3.25886, -79.95876)
CHOLOMA = ("Honduras", "Cortes", "Choloma", 15.61444, -87.95302)
LAS_NAVAS = ("Philippines", "Eastern Visayas", "Las Navas", 12.3392, 125.0313)
MALAYBALAY = ("Philippines", "Northern Mindanao", "Malaybalay", 8.1575, 125.12778)
RUESO = ("Thailand", "Narathiwat", "Rueso", 6.39364, 101.51847)
KANDY = ("Sri Lanka", "Central", "Kandy", 7.2906, 80.6336)
FINOTE_SELAM = ("Ethiopia", "Amhara", "Finote Selam", 10.7, 37.26667)
BENTIU = ("South Sudan", "Unity", "Bentiu", 9.25722, 29.79833)
MORA = ("Cameroon", "Far North", "Mora", 11.04611, 14.14011)
DIEPSLOOT = ("South Africa", "Gauteng", "Diepsloot", -25.93312, 28.01213)
MALANVILLE = ("Benin", "Alibori", "Malanville", 11.86819, 3.38327)
SEBBA = ("Burkina Faso", "Sahel", "Sebba", 13.43641, 0.53044)
JANAKPUR = ("Nepal", "Eastern Region", "Janakpur", 26.72882, 85.92628)
CHISINAU = ("Moldova", "Chisinau", "Chisinau", 47.00902, 28.85938)


BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
JNIM = "JNIM: Group for Support of Islam and Muslims"
NPA = "NPA: New People's Army"
VIV_ANSANM = "Viv Ansanm"
SJB = "SJB: Samagi Jana Balawegaya"
CPN_UML = "CPN-UML: Communist Party of Nepal (Unified Marxist-Leninist)"
VDP = "VDP: Volunteers for the Defense of the Homeland"


ARTICLES = [
    ("held2-01", "2024-11-19",
     "Two killed as Russian artillery pounds Kherson\n\n"
     "KYIV, Nov 19 (Reuters) - Two civilians were killed and five others wounded when Russian artillery "
     "shelled apartment blocks in Kherson late on Monday, the regional governor said on Tuesday. Russian "
     "troops, who pulled out of the southern city two years ago, have kept it under near-daily fire from "
     "positions on the far bank of the Dnipro River.",
     [event(SHELLING, day("2024-11-19", "Monday"), "Military Forces of Russia", "Civilians (Ukraine)", KHERSON, [
         ("trigger", "shelled"), ("actor1", "Russian artillery"), ("actor2", "civilians"),
         ("location", "Kherson"), ("event_date", "late on Monday"),
         ("fatalities", "Two civilians were killed")], fatalities=2)]),
    ("held2-02", "2025-03-08",
     "Ukraine says it has retaken Zaporizhzhia village, accuses Russia of gas attack\n\n"
     "KYIV (AFP) - The village of Mala Tokmachka in the southern Zaporizhzhia region is back in Ukrainian "
     "hands, the general staff said on Saturday, adding that its troops had driven the last Russian "
     "soldiers out on Thursday after three days of assaults. In a separate statement, the military accused "
     "Russian units of dropping grenades filled with a toxic gas on Ukrainian trenches near Orikhiv on "
     "Friday; several soldiers were treated for poisoning, it said. Moscow did not comment.",
     [event(REGAINS, day("2025-03-08", "Thursday"), "Military Forces of Ukraine", "Military Forces of Russia",
            MALA_TOKMACHKA, [
         ("trigger", "is back in Ukrainian hands"), ("actor1", "its troops"), ("actor2", "Russian soldiers"),
         ("location", "Mala Tokmachka"), ("event_date", "on Thursday")]),
      event(CHEMICAL, day("2025-03-08", "Friday"), "Military Forces of Russia", "Military Forces of Ukraine",
            ORIKHIV, [
         ("trigger", "grenades filled with a toxic gas"), ("actor1", "Russian units"),
         ("actor2", "Ukrainian trenches"), ("location", "Orikhiv"), ("event_date", "on Friday")], geo=2)]),
    ("held2-03", "2025-02-10",
     "Cars torched, officers hurt as unrest flares in Limoges\n\n"
     "PARIS, Feb 10 (Reuters) - Dozens of youths set cars and bins alight and pelted police with "
     "fireworks on a housing estate on the northern edge of Limoges on Saturday night, the interior "
     "ministry said. The unrest followed a police chase in which a 17-year-old moped rider was badly "
     "injured last week. Eleven officers were slightly hurt and fourteen people were detained, the "
     "ministry added.",
     [event(VIOLENT_DEMO, day("2025-02-10", "Saturday"), "Rioters (France)", "Police Forces of France", LIMOGES, [
         ("trigger", "pelted police with fireworks"), ("actor1", "youths"), ("actor2", "police"),
         ("location", "Limoges"), ("event_date", "on Saturday night")], geo=2)]),
    ("held2-04", "2025-05-22",
     "Serbian students rally in Novi Sad over public works graft\n\n"
     "NOVI SAD, Serbia (AP) — Thousands of university students marched through Novi Sad on Wednesday, "
     "blowing whistles and carrying banners that read \"Corruption kills\", to demand that officials at "
     "the city's public works office be brought to trial. The march, which was called by faculties that "
     "students have occupied since April, passed off without incident, police said.",
     [event(PEACEFUL, day("2025-05-22", "Wednesday"), "Protesters (Serbia)", "", NOVI_SAD, [
         ("trigger", "marched"), ("actor1", "university students"), ("assoc_actor_1", "students"),
         ("location", "Novi Sad"), ("event_date", "on Wednesday")], assoc1="Students (Serbia)")]),
    ("held2-05", "2025-09-23",
     "Georgian police turn water cannon on opposition rally in Batumi\n\n"
     "TBILISI (Reuters) - Several hundred opposition supporters who had blocked the main road outside "
     "the regional government building in the Black Sea city of Batumi were cleared late on Monday by "
     "riot police using water cannon and pepper spray, Georgia's interior ministry said. Nine people "
     "were detained for disobeying police orders, it said. The protesters accuse the ruling Georgian "
     "Dream party of rigging a local election held earlier this month.",
     [event(INTERVENTION, day("2025-09-23", "Monday"), "Protesters (Georgia)", "Police Forces of Georgia", BATUMI, [
         ("trigger", "cleared"), ("actor1", "opposition supporters"), ("actor2", "riot police"),
         ("location", "Batumi"), ("event_date", "late on Monday")])]),
    ("held2-06", "2025-07-05",
     "Farmer shot dead as Peruvian police break up road blockade\n\n"
     "LIMA, July 5 (Andina) - A farmer was shot dead and at least seven other people were wounded on "
     "Friday when police fired live rounds at residents blocking a bridge near Sicuani, in Peru's "
     "southern Cusco region, to protest against a planned copper mine, the ombudsman's office said. "
     "Witnesses described the blockade as peaceful. The Interior Ministry said it had opened an inquiry "
     "into the officers' conduct.",
     [event(EXCESSIVE, day("2025-07-05", "Friday"), "Protesters (Peru)", "Police Forces of Peru", SICUANI, [
         ("trigger", "fired live rounds"), ("actor1", "residents"), ("actor2", "police"),
         ("location", "Sicuani"), ("event_date", "on Friday"), ("fatalities", "A farmer was shot dead")],
         fatalities=1, geo=2)]),
    ("held2-07", "2025-11-18",
     "Gangs overrun Haitian town of Thomonde, kidnap nurses\n\n"
     "PORT-AU-PRINCE, Haiti (AP) — Heavily armed members of the Viv Ansanm gang coalition took over the "
     "central Haitian town of Thomonde on Sunday after the handful of police officers stationed there ran "
     "out of ammunition and fled, the town's mayor said. Hours later, the gunmen seized four nurses from "
     "the local hospital and drove them away in a stolen ambulance, according to a hospital administrator, "
     "who said no ransom demand had been received.",
     [event(OVERTAKES, day("2025-11-18", "Sunday"), VIV_ANSANM, "Police Forces of Haiti", THOMONDE, [
         ("trigger", "took over"), ("actor1", "Viv Ansanm"), ("actor2", "police officers"),
         ("location", "Thomonde"), ("event_date", "on Sunday")]),
      event(ABDUCTION, day("2025-11-18", "Sunday"), VIV_ANSANM, "Civilians (Haiti)", THOMONDE, [
         ("trigger", "seized"), ("actor1", "the gunmen"), ("actor2", "four nurses"),
         ("assoc_actor_2", "nurses"), ("location", "Thomonde"), ("event_date", "Hours later")],
         assoc2="Health Workers (Haiti)")]),
    ("held2-08", "2025-01-28",
     "Grenade hurled at police checkpoint in Ecuador's Machala\n\n"
     "GUAYAQUIL, Ecuador (AFP) - Two men riding a motorcycle tossed a grenade at a police checkpoint in "
     "the port city of Machala on Monday night, wounding three officers, the national police said. Nobody "
     "was killed. It was the third attack on police in El Oro province this month, a region where drug "
     "gangs are fighting over cocaine shipping routes.",
     [event(GRENADE, day("2025-01-28", "Monday"), "Unidentified Armed Group (Ecuador)", "Police Forces of Ecuador",
            MACHALA, [
         ("trigger", "tossed a grenade"), ("actor1", "Two men riding a motorcycle"),
         ("actor2", "police checkpoint"), ("location", "Machala"), ("event_date", "on Monday night"),
         ("fatalities", "Nobody was killed")], fatalities=0)]),
    ("held2-09", "2025-03-17",
     "Four of one family shot dead in northern Honduras\n\n"
     "TEGUCIGALPA (Reuters) - Four members of one family, among them a 12-year-old boy, were shot dead "
     "early on Sunday by masked gunmen who broke into their home in Choloma, an industrial city in the "
     "northern department of Cortes, police said. Investigators believe the family had refused to pay "
     "extortion money, a police spokesman told local radio.",
     [event(ATTACK, day("2025-03-17", "Sunday"), "Unidentified Armed Group (Honduras)", "Civilians (Honduras)",
            CHOLOMA, [
         ("trigger", "shot dead"), ("actor1", "masked gunmen"), ("actor2", "family"),
         ("location", "Choloma"), ("event_date", "early on Sunday"),
         ("fatalities", "Four members of one family")], fatalities=4)]),
    ("held2-10", "2025-08-12",
     "Seven die in Samar firefight; fifteen communist rebels surrender in Mindanao\n\n"
     "MANILA (AFP) - Six communist guerrillas and a soldier were killed in a firefight with government "
     "troops in the hills outside Las Navas in Northern Samar province on Monday, the army said, one of "
     "the deadliest encounters with the New People's Army this year. In a separate statement, the "
     "military said fifteen NPA members had surrendered with their rifles to an army brigade in "
     "Malaybalay, Bukidnon, on Saturday.",
     [event(CLASH, day("2025-08-12", "Monday"), "Military Forces of the Philippines", NPA, LAS_NAVAS, [
         ("trigger", "firefight"), ("actor1", "government troops"), ("actor2", "communist guerrillas"),
         ("location", "Las Navas"), ("event_date", "on Monday"),
         ("fatalities", "Six communist guerrillas and a soldier were killed")], fatalities=7, geo=2),
      event(CHANGE, day("2025-08-12", "Saturday"), NPA, "Military Forces of the Philippines", MALAYBALAY, [
         ("trigger", "surrendered"), ("actor1", "NPA members"), ("actor2", "army brigade"),
         ("location", "Malaybalay"), ("event_date", "on Saturday")])]),
    ("held2-11", "2025-04-24",
     "Roadside blast wounds rangers in Thailand's deep south; second bomb defused\n\n"
     "BANGKOK (Reuters) - Two paramilitary rangers were wounded on Wednesday when a bomb hidden in a "
     "rubbish bin by unidentified attackers went off as their patrol passed along a road in Rueso "
     "district of Narathiwat province, police said. Bomb disposal officers later found and defused a "
     "second device, packed with nails, some 50 metres away, apparently meant for the first responders. "
     "A separatist insurgency in the Muslim-majority region has killed more than 7,000 people since 2004.",
     [event(IED, day("2025-04-24", "Wednesday"), "Unidentified Armed Group (Thailand)", "Military Forces of Thailand",
            RUESO, [
         ("trigger", "a bomb hidden in a rubbish bin"), ("actor1", "unidentified attackers"),
         ("actor2", "paramilitary rangers"), ("location", "Rueso"), ("event_date", "on Wednesday")], geo=2),
      event(DISRUPTED, day("2025-04-24", "Wednesday"), "Police Forces of Thailand", "", RUESO, [
         ("trigger", "defused"), ("actor1", "Bomb disposal officers"), ("location", "Rueso"),
         ("event_date", "later")], geo=2)]),
    ("held2-12", "2025-06-03",
     "Sri Lankan police detain opposition MP over speech to tea workers\n\n"
     "COLOMBO (AFP) - An opposition member of parliament was arrested by Sri Lankan police at his home in "
     "Kandy on Monday, a day after he accused the government in a speech to tea estate workers of "
     "\"waging war\" on the hill country's poor, his party said. The lawmaker, from the Samagi Jana "
     "Balawegaya (SJB), was driven to Colombo for questioning under a hate speech law, a police "
     "spokesman said.",
     [event(ARRESTS, day("2025-06-03", "Monday"), "Police Forces of Sri Lanka", SJB, KANDY, [
         ("trigger", "was arrested"), ("actor1", "Sri Lankan police"), ("actor2", "Samagi Jana Balawegaya"),
         ("location", "Kandy"), ("event_date", "on Monday")])]),
    ("held2-13", "2025-02-20",
     "Drone strike on Ethiopian market kills eleven, residents say\n\n"
     "NAIROBI (Reuters) - At least eleven people were killed on Tuesday when a drone operated by the "
     "Ethiopian military struck a busy livestock market on the edge of Finote Selam in the Amhara region, "
     "three residents and a health worker told Reuters. The army, which has been fighting Fano "
     "militiamen in Amhara since 2023, did not respond to requests for comment; a government spokesman "
     "has previously denied targeting civilians.",
     [event(AIR, day("2025-02-20", "Tuesday"), "Military Forces of Ethiopia", "Civilians (Ethiopia)", FINOTE_SELAM, [
         ("trigger", "struck"), ("actor1", "Ethiopian military"), ("actor2", "people"),
         ("location", "Finote Selam"), ("event_date", "on Tuesday"),
         ("fatalities", "At least eleven people were killed")], fatalities=11, geo=2)]),
    ("held2-14", "2025-10-09",
     "UN says three women raped while gathering firewood outside Bentiu\n\n"
     "JUBA, South Sudan (AP) — Three women who had gone to gather firewood outside Bentiu, in South "
     "Sudan's Unity state, were raped by a group of armed men on Monday, the U.N. mission in the country "
     "said in a statement on Wednesday. It said the survivors were being treated at a clinic in the "
     "nearby displacement camp and urged the authorities to find those responsible.",
     [event(SEXUAL, day("2025-10-09", "Monday"), "Unidentified Armed Group (South Sudan)", "Civilians (South Sudan)",
            BENTIU, [
         ("trigger", "were raped"), ("actor1", "armed men"), ("actor2", "Three women"),
         ("assoc_actor_2", "women"), ("location", "Bentiu"), ("event_date", "on Monday")],
         geo=2, assoc2="Women (South Sudan)")]),
    ("held2-15", "2025-01-13",
     "Female suicide bomber strikes market in Cameroon's Far North\n\n"
     "YAOUNDE (Reuters) - A woman detonated explosives strapped to her body in a crowded market in Mora, "
     "close to Cameroon's border with Nigeria, on Sunday morning, killing five people besides herself, a "
     "local official said. Officials blamed Boko Haram, whose insurgency spilled over from northeast "
     "Nigeria more than a decade ago.",
     [event(SUICIDE, day("2025-01-13", "Sunday"), BOKO_HARAM, "Civilians (Cameroon)", MORA, [
         ("trigger", "detonated explosives strapped to her body"), ("actor1", "Boko Haram"),
         ("actor2", "people"), ("location", "Mora"), ("event_date", "on Sunday morning"),
         ("fatalities", "killing five people besides herself")], fatalities=6)]),
    ("held2-16", "2025-05-06",
     "Suspected burglars burned to death by residents in Johannesburg township\n\n"
     "JOHANNESBURG (AFP) - Two men suspected of a string of house break-ins were beaten and set alight by "
     "a crowd of angry residents in Diepsloot, a township north of Johannesburg, on Saturday night, police "
     "said on Monday. Both died at the scene. A police spokeswoman said no one had yet been arrested and "
     "urged communities not to take the law into their own hands.",
     [event(MOB, day("2025-05-06", "Saturday"), "Rioters (South Africa)", "Civilians (South Africa)", DIEPSLOOT, [
         ("trigger", "beaten and set alight"), ("actor1", "a crowd of angry residents"), ("actor2", "Two men"),
         ("location", "Diepsloot"), ("event_date", "on Saturday night"),
         ("fatalities", "Both died at the scene")], fatalities=2)]),
    ("held2-17", "2025-03-29",
     "Benin opens army base near Niger border after jihadist raids\n\n"
     "COTONOU (Reuters) - Benin's army has opened a forward operating base outside Malanville, on the "
     "border with Niger, to counter jihadist incursions into the north, the defence ministry said on "
     "Friday. About three hundred soldiers moved into the base on Thursday, the ministry said, weeks after "
     "militants killed dozens of troops in an assault on two army posts in the W National Park.",
     [event(BASE, day("2025-03-29", "Thursday"), "Military Forces of Benin", "", MALANVILLE, [
         ("trigger", "opened a forward operating base"), ("actor1", "Benin's army"),
         ("location", "Malanville"), ("event_date", "on Thursday")], geo=2)]),
    ("held2-18", "2025-09-02",
     "Burkina troops re-enter Sebba after jihadists pull out\n\n"
     "OUAGADOUGOU (AFP) - Burkinabe soldiers, backed by members of the Volunteers for the Defence of the "
     "Homeland (VDP), moved back into the northeastern town of Sebba on Sunday without a shot being "
     "fired, two days after JNIM fighters who had held it since May withdrew towards the Niger border, "
     "security sources and residents said. Most of the town's residents fled when the militants arrived, "
     "and aid groups said few had yet returned.",
     [event(TRANSFER, day("2025-09-02", "Sunday"), "Military Forces of Burkina Faso", JNIM, SEBBA, [
         ("trigger", "moved back into"), ("actor1", "Burkinabe soldiers"),
         ("assoc_actor_1", "Volunteers for the Defence of the Homeland"), ("actor2", "JNIM fighters"),
         ("location", "Sebba"), ("event_date", "on Sunday")], assoc1=VDP)]),
    ("held2-19", "2025-07-22",
     "Ruling party office set ablaze in Nepal's Janakpur\n\n"
     "KATHMANDU, July 22 (RSS) - Unidentified people set fire to the district office of the Communist "
     "Party of Nepal (Unified Marxist-Leninist) in Janakpur early on Monday, destroying furniture and "
     "party records, police said. No one was hurt. The party, which leads the governing coalition, called "
     "the arson a cowardly act and demanded that those behind it be found.",
     [event(LOOTING, day("2025-07-22", "Monday"), "Unidentified Armed Group (Nepal)", CPN_UML, JANAKPUR, [
         ("trigger", "set fire to"), ("actor1", "Unidentified people"),
         ("actor2", "Communist Party of Nepal (Unified Marxist-Leninist)"), ("location", "Janakpur"),
         ("event_date", "early on Monday"), ("fatalities", "No one was hurt")], fatalities=0)]),
    ("held2-20", "2025-02-26",
     "Moldovan farmers drive tractors into capital over diesel prices\n\n"
     "CHISINAU (Reuters) - Hundreds of farmers, many of them at the wheel of tractors, converged on "
     "central Chisinau on Tuesday to demand cheaper diesel and compensation for last summer's drought, "
     "bringing traffic to a standstill for several hours. The protest broke up peacefully after the "
     "agriculture minister met a delegation of organisers, a government statement said.",
     [event(PEACEFUL, day("2025-02-26", "Tuesday"), "Protesters (Moldova)", "", CHISINAU, [
         ("trigger", "converged on"), ("actor1", "farmers"), ("assoc_actor_1", "farmers"),
         ("location", "Chisinau"), ("event_date", "on Tuesday")], assoc1="Farmers (Moldova)")]),
    ("held2-21", "2025-06-13",
     "Vietnam, EU strike deal to end rice tariff battle\n\n"
     "HANOI (Reuters) - Vietnam and the European Union struck a deal on Thursday to scrap duties on rice "
     "and frozen seafood, ending a two-year fight that exporters said had hit them hard. Under the "
     "agreement, signed in Hanoi by the two sides' trade chiefs, tariffs will be phased out over three "
     "years, and both sides will drop complaints lodged with the World Trade Organization.",
     []),
    ("held2-22", "2025-04-16",
     "Kazakh court jails former bank boss for 12 years over looted funds\n\n"
     "ALMATY (AFP) - A court in Almaty on Tuesday sentenced the former chairman of a collapsed lender to "
     "twelve years in prison for embezzling more than $200 million, in what prosecutors called a "
     "crackdown on those who plundered the banking system. His lawyers, who said the trial had been a "
     "political attack on their client, vowed to appeal.",
     []),
    ("held2-23", "2025-08-28",
     "Tunisian president sacks prime minister in cabinet purge\n\n"
     "TUNIS (Reuters) - Tunisia's president dismissed his prime minister and five other ministers "
     "late on Wednesday, the presidency said, the latest in a string of shake-ups as he wages what he calls "
     "a war on corruption and \"traitors\" inside the state. A former finance ministry official was "
     "named to head the government, which faces a fight to secure foreign loans.",
     []),
    ("held2-24", "2025-01-22",
     "Cyclone kills at least twelve, flattens homes in northern Madagascar\n\n"
     "ANTANANARIVO (AFP) - A powerful cyclone battered northern Madagascar on Monday, killing at least "
     "twelve people and destroying or damaging some 4,000 homes, the national disaster office said on "
     "Tuesday. Soldiers were deployed to clear roads around Antsiranana, where winds of up to 180 km/h "
     "tore roofs off schools and a hospital.",
     []),
]


def build() -> list[dict]:
    return build_articles(ARTICLES, "Annotator held-out fixture 2")


if __name__ == "__main__":
    write_articles(Path(__file__).with_name("articles.jsonl"), build())

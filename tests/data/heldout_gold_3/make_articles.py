"""Regenerate articles.jsonl: 24 reports for a third blind held-out measure of the suggester.

Written and coded blind on 2026-12-02, before anyone ran the suggester on them: the writer did not
read the suggester's code, rules, patterns or schema files (``annotator/nlp/``,
``annotator/schema_roles.py``, ``resources/schemas/``), its tests, or the other gold files
(``nlp_gold``, ``learning_gold``, ``dev_gold``, ``heldout_gold_2``), nor README's "Suggestions and
evaluation" section. It read only ``tests/data/heldout_gold/make_articles.py`` (for the format and
conventions, not its wording), ``tests/data/gold_fixture.py``, ``tests/test_gold_files.py`` and
``tests/conftest.py`` with ``annotator/schema.py`` (how gold events are checked), and took the place
fields from ``annotator locate``. The incidents are invented, the text written for this file.

Sixteen reports are wire copy (Reuters / AP / AFP / a South African agency); eight are in other
styles: French and Brazilian regional press and Nepalese local press, two NGO bulletins (a UN-style
flash update, a medical charity's statement) and three government statements (Ukraine's General
Staff, Burkina Faso's army, Chad's defence ministry). The 24 events come from 19 countries that the
first held-out file's events never name (Europe, Latin America, the Caribbean, South and Southeast
Asia, Africa) and cover 22 of ACLED's 25 sub-event types. Four reports (a storm, a trade pact, a
court sentence, a cabinet reshuffle) use violent or political words but hold no event an ACLED
analyst would record; several others carry background sentences about earlier or non-political
events (a canopy collapse, a recapture two years before, a past peace deal) that are not coded.

Coding conventions, as in the first file: ACLED actor names (``Military Forces of X``,
``Police Forces of X``, ``Protesters (X)``, ``Rioters (X)``, ``Civilians (X)``,
``Unidentified Armed Group (X)``, named groups as ACLED writes them); protesters and rioters are
actor 1 of protest and riot events and the force that intervenes actor 2; assoc actors where the
text names them (``Students (Serbia)``, ``Labour Group (France)``, ``Farmers (Peru)``, the VDP);
the place fields (country, admin1, coordinates) are the gazetteer's, as ``annotator locate`` gives
them; ``geo_precision`` 2 when the text puts the event near a town, on its edge or outskirts or in
one of its districts, 3 when only a region is given; fatalities ``null`` when the text gives no
death toll. Event dates are resolved from the weekday against ``published`` with ``day()`` (the last
such day on or before it, shifted for "a day earlier" / "a day later"), so they are right by
construction, and so are the evidence offsets: ``python tests/data/heldout_gold_3/make_articles.py``.
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
KUPIANSK = ("Ukraine", "Kharkiv", "Kupiansk", 49.71003, 37.61581)
HULIAIPOLE = ("Ukraine", "Zaporizhia", "Huliaipole", 47.66685, 36.25576)
MYKOLAIV = ("Ukraine", "Mykolaiv", "Mykolaiv", 46.97625, 31.99296)
NANTES = ("France", "Pays de la Loire", "Nantes", 47.21725, -1.55336)
NOVI_SAD = ("Serbia", "Autonomna Pokrajina Vojvodina", "Novi Sad", 45.25167, 19.83694)
JULIACA = ("Peru", "Puno", "Juliaca", -15.5, -70.13333)
LASCAHOBAS = ("Haiti", "Centre", "Lascahobas", 18.83047, -71.93563)
GUAYAQUIL = ("Ecuador", "Guayas", "Guayaquil", -2.19616, -79.88621)
RIO = ("Brazil", "Rio de Janeiro", "Rio de Janeiro", -22.90642, -43.18223)
GUIHULNGAN = ("Philippines", "Central Visayas", "Guihulngan", 10.11947, 123.27287)
RUESO = ("Thailand", "Narathiwat", "Rueso", 6.39364, 101.51847)
PAMA = ("Burkina Faso", "Est", "Pama", 11.24972, 0.7075)
MORA = ("Cameroon", "Far North", "Mora", 11.04611, 14.14011)
FINOTE_SELAM = ("Ethiopia", "Amhara", "Finote Selam", 10.7, 37.26667)
BENTIU = ("South Sudan", "Unity", "Bentiu", 9.25722, 29.79833)
BIRATNAGAR = ("Nepal", "Eastern Region", "Biratnagar", 26.45505, 87.27007)
KAMPALA = ("Uganda", "Central Region", "Kampala", 0.31628, 32.58219)
ABECHE = ("Chad", "Ouaddai", "Abeche", 13.82916, 20.8324)
SUGAPA = ("Indonesia", "Papua", "Sugapa", -3.74306, 137.05)
ZIGUINCHOR = ("Senegal", "Ziguinchor", "Ziguinchor", 12.56801, -16.27326)
SOWETO = ("South Africa", "Gauteng", "Soweto", -26.26781, 27.85849)


RUSSIA = "Military Forces of Russia"
UKRAINE = "Military Forces of Ukraine"
PHILIPPINES = "Military Forces of the Philippines"
NPA = "NPA: New People's Army"
VIV_ANSANM = "Viv Ansanm"
BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
TPNPB = "TPNPB: West Papua National Liberation Army"


ARTICLES = [
    ("held3-01", "2024-11-19",
     "Russian shells hit apartment block in Ukraine's Kupiansk, two pensioners killed\n\n"
     "KYIV (Reuters) - Shells fired by Russian forces slammed into a five-storey apartment block in "
     "Kupiansk, a frontline town in Ukraine's northeastern Kharkiv region, on Monday, killing two "
     "pensioners who lived on the top floor, the regional governor said. The town, which Ukrainian "
     "troops took back in a lightning counteroffensive two years ago, has been pounded almost daily "
     "since Moscow's troops pushed towards the Oskil river in the autumn.",
     [event(SHELLING, day("2024-11-19", "Monday"), RUSSIA, "Civilians (Ukraine)", KUPIANSK, [
         ("trigger", "Shells fired"), ("actor1", "Russian forces"), ("actor2", "two pensioners"),
         ("location", "Kupiansk"), ("event_date", "on Monday"), ("fatalities", "killing two pensioners")],
         fatalities=2)]),
    ("held3-02", "2025-03-07",
     "General Staff of the Armed Forces of Ukraine: operational update as of 08:00, 7 March\n\n"
     "On Thursday the occupiers used munitions filled with chloropicrin against the positions of "
     "Ukrainian defenders near Huliaipole in the Zaporizhzhia region; two servicemen were evacuated with "
     "signs of poisoning and are receiving treatment. That evening, units of the Air Force shot down a "
     "Russian Kh-59 guided missile over the Mykolaiv region. The use of toxic chemicals as a means of "
     "warfare is banned by the Chemical Weapons Convention, to which the aggressor state is a party.",
     [event(CHEMICAL, day("2025-03-07", "Thursday"), RUSSIA, UKRAINE, HULIAIPOLE, [
         ("trigger", "munitions filled with chloropicrin"), ("actor1", "the occupiers"),
         ("actor2", "Ukrainian defenders"), ("location", "Huliaipole"), ("event_date", "On Thursday")],
         geo=2),
      event(DISRUPTED, day("2025-03-07", "Thursday"), UKRAINE, RUSSIA, MYKOLAIV, [
         ("trigger", "shot down"), ("actor1", "units of the Air Force"), ("actor2", "Russian"),
         ("location", "Mykolaiv"), ("event_date", "That evening")], geo=3)]),
    ("held3-03", "2023-03-24",
     "Nantes: riot police turn back pension marchers near the prefecture with tear gas\n\n"
     "Several thousand opponents of the pension reform, answering the call of the unions, marched through "
     "the centre of Nantes on Thursday afternoon. When part of the procession tried to reach the "
     "prefecture on the Quai Ceineray, riot police blocked the way and fired tear gas to push the marchers "
     "back towards the Cours des 50-Otages; the crowd had dispersed by six in the evening. Eleven people "
     "were taken into custody, the prefecture said.",
     [event(INTERVENTION, day("2023-03-24", "Thursday"), "Protesters (France)", "Police Forces of France", NANTES, [
         ("trigger", "fired tear gas"), ("actor1", "opponents of the pension reform"),
         ("assoc_actor_1", "the unions"), ("actor2", "riot police"), ("location", "Nantes"),
         ("event_date", "on Thursday afternoon")], assoc1="Labour Group (France)")]),
    ("held3-04", "2025-02-02",
     "Students lead vast, calm rally in Serbia's Novi Sad\n\n"
     "NOVI SAD, Serbia (AP) — Tens of thousands of people, led by university students who have kept their "
     "faculties blockaded for weeks, filled the streets of Novi Sad on Saturday to demand accountability "
     "for the collapse of a railway station canopy that killed 15 people in November. Farmers drove their "
     "tractors in the column and residents handed out food and tea; police reported no incidents as the "
     "crowd thinned out late at night.",
     [event(PEACEFUL, day("2025-02-02", "Saturday"), "Protesters (Serbia)", "", NOVI_SAD, [
         ("trigger", "filled the streets"), ("actor1", "Tens of thousands of people"),
         ("assoc_actor_1", "university students"), ("location", "Novi Sad"), ("event_date", "on Saturday")],
         assoc1="Students (Serbia)")]),
    ("held3-05", "2025-10-22",
     "Police fire on crowd at Peruvian airport, four dead\n\n"
     "LIMA (AFP) - Four demonstrators were shot dead on Tuesday when police opened fire on a crowd that "
     "was trying to force its way into the airport of Juliaca, in Peru's southern Puno region, the "
     "ombudsman's office said. The protesters, many of them Aymara farmers from the surrounding "
     "communities, are demanding that Congress be dissolved and early elections called. Dozens of others "
     "were being treated in hospital for gunshot and pellet wounds, according to health officials.",
     [event(EXCESSIVE, day("2025-10-22", "Tuesday"), "Protesters (Peru)", "Police Forces of Peru", JULIACA, [
         ("trigger", "opened fire"), ("actor1", "demonstrators"), ("assoc_actor_1", "Aymara farmers"),
         ("actor2", "police"), ("location", "Juliaca"), ("event_date", "on Tuesday"),
         ("fatalities", "Four demonstrators were shot dead")], fatalities=4, assoc1="Farmers (Peru)")]),
    ("held3-06", "2025-04-02",
     "Gangs overrun Haitian town of Lascahobas, carry off nuns and doctor\n\n"
     "PORT-AU-PRINCE, Haiti (AP) — Hundreds of gunmen belonging to the Viv Ansanm gang coalition overran "
     "Lascahobas, a town in central Haiti near the Dominican border, before dawn on Monday, forcing the "
     "handful of police officers posted there to flee, officials said. The attackers also took away two "
     "nuns and a doctor from the town's hospital, and their whereabouts remain unknown, a local priest "
     "said. The coalition, which already controls most of the capital, was designated a terrorist "
     "organisation by Washington last year.",
     [event(OVERTAKES, day("2025-04-02", "Monday"), VIV_ANSANM, "Police Forces of Haiti", LASCAHOBAS, [
         ("trigger", "overran"), ("actor1", "gunmen belonging to the Viv Ansanm gang coalition"),
         ("actor2", "police officers"), ("location", "Lascahobas"), ("event_date", "before dawn on Monday")]),
      event(ABDUCTION, day("2025-04-02", "Monday"), VIV_ANSANM, "Civilians (Haiti)", LASCAHOBAS, [
         ("trigger", "took away"), ("actor1", "The attackers"), ("actor2", "two nuns and a doctor"),
         ("location", "Lascahobas"), ("event_date", "before dawn on Monday")])]),
    ("held3-07", "2024-08-13",
     "Grenade thrown at police post in Ecuador's Guayaquil\n\n"
     "QUITO (Reuters) - Two men riding a motorcycle lobbed a grenade at a police post in Guayaquil's Guasmo "
     "district late on Sunday, wounding two officers, the National Police said on Monday. The blast came "
     "weeks after the government extended a state of emergency in Guayas province to fight gangs it blames "
     "for a wave of extortion and killings.",
     [event(GRENADE, day("2024-08-13", "Sunday"), "Unidentified Armed Group (Ecuador)", "Police Forces of Ecuador",
            GUAYAQUIL, [
         ("trigger", "lobbed a grenade"), ("actor1", "Two men riding a motorcycle"), ("actor2", "police post"),
         ("location", "Guayaquil"), ("event_date", "late on Sunday")], geo=2)]),
    ("held3-08", "2024-05-08",
     "Shootout during operation in Complexo do Alemão leaves three suspects dead\n\n"
     "Three suspected drug traffickers were killed on Tuesday morning in an exchange of fire with Military "
     "Police officers who had entered the Complexo do Alemão, in the North Zone of Rio de Janeiro, to serve "
     "arrest warrants against leaders of the Comando Vermelho faction. According to the corporation, the "
     "officers were met with gunfire as they reached the top of the hill; two rifles and a grenade were "
     "seized. Schools in the community suspended classes and residents described hours of tension.",
     [event(CLASH, day("2024-05-08", "Tuesday"), "Police Forces of Brazil", "CV: Comando Vermelho", RIO, [
         ("trigger", "exchange of fire"), ("actor1", "Military Police officers"), ("actor2", "Comando Vermelho"),
         ("location", "Rio de Janeiro"), ("event_date", "on Tuesday morning"),
         ("fatalities", "Three suspected drug traffickers were killed")], fatalities=3, geo=2)]),
    ("held3-09", "2024-03-18",
     "Philippine troops, communist rebels trade fire on Negros; landmine destroyed\n\n"
     "MANILA (Reuters) - Soldiers traded fire with about 20 New People's Army guerrillas in a mountain "
     "village of Guihulngan City on the central island of Negros on Saturday, leaving one soldier and two "
     "rebels dead, the army's 3rd Infantry Division said. Troops who later searched the abandoned rebel "
     "encampment found an anti-personnel landmine, which an army explosives team safely detonated on "
     "Sunday, it said. The Maoist insurgency, one of Asia's longest-running, has been waning for years.",
     [event(CLASH, day("2024-03-18", "Saturday"), PHILIPPINES, NPA, GUIHULNGAN, [
         ("trigger", "traded fire"), ("actor1", "Soldiers"), ("actor2", "New People's Army guerrillas"),
         ("location", "Guihulngan"), ("event_date", "on Saturday"),
         ("fatalities", "leaving one soldier and two rebels dead")], fatalities=3, geo=2),
      event(DISRUPTED, day("2024-03-18", "Sunday"), PHILIPPINES, NPA, GUIHULNGAN, [
         ("trigger", "safely detonated"), ("actor1", "an army explosives team"),
         ("actor2", "rebel encampment"), ("location", "Guihulngan"), ("event_date", "on Sunday")], geo=2)]),
    ("held3-10", "2025-06-12",
     "Two rangers killed by bridge bomb in Thailand's restive south\n\n"
     "BANGKOK (AFP) - Two paramilitary rangers died and three were wounded when a bomb hidden under a "
     "bridge was set off by unknown attackers as their pickup truck crossed it in Rueso district of "
     "Narathiwat province on Wednesday morning, police said. No group has claimed the attack, but officers "
     "said the device was triggered by mobile phone, a method long used by insurgents who seek greater "
     "autonomy for the Malay-Muslim south.",
     [event(IED, day("2025-06-12", "Wednesday"), "Unidentified Armed Group (Thailand)", "Military Forces of Thailand",
            RUESO, [
         ("trigger", "bomb hidden under a bridge"), ("actor1", "unknown attackers"),
         ("actor2", "paramilitary rangers"), ("location", "Rueso"), ("event_date", "on Wednesday morning"),
         ("fatalities", "Two paramilitary rangers died")], fatalities=2, geo=2)]),
    ("held3-11", "2024-10-04",
     "Communiqué of the General Staff of the Armies\n\n"
     "Ouagadougou, 4 October 2024 — The General Staff of the Armies informs the public that units of the "
     "Rapid Intervention Battalion, supported by Volunteers for the Defence of the Homeland (VDP), regained "
     "control of the town of Pama in the Kompienga province on Wednesday, after terrorist elements had held "
     "it under their sway for several months. Several terrorists were neutralised during the operation and "
     "a large quantity of arms recovered. The General Staff invites displaced residents to follow the "
     "instructions of the local authorities before returning.",
     [event(REGAINS, day("2024-10-04", "Wednesday"), "Military Forces of Burkina Faso",
            "Unidentified Armed Group (Burkina Faso)", PAMA, [
         ("trigger", "regained control"), ("actor1", "units of the Rapid Intervention Battalion"),
         ("assoc_actor_1", "Volunteers for the Defence of the Homeland"), ("actor2", "terrorist elements"),
         ("location", "Pama"), ("event_date", "on Wednesday")],
         assoc1="VDP: Volunteers for the Defense of the Homeland")]),
    ("held3-12", "2024-01-22",
     "Suicide bomber kills four traders at Cameroon cattle market\n\n"
     "YAOUNDE (Reuters) - A female suicide bomber set off her explosives at a crowded cattle market on the "
     "outskirts of Mora in Cameroon's Far North region on Sunday, killing four traders as well as herself, "
     "a local official said. Authorities blamed Boko Haram, whose fighters have repeatedly crossed from "
     "neighbouring Nigeria to raid villages in the area.",
     [event(SUICIDE, day("2024-01-22", "Sunday"), BOKO_HARAM, "Civilians (Cameroon)", MORA, [
         ("trigger", "suicide bomber"), ("actor1", "Boko Haram"), ("actor2", "traders"), ("location", "Mora"),
         ("event_date", "on Sunday"), ("fatalities", "killing four traders as well as herself")],
         fatalities=5, geo=2)]),
    ("held3-13", "2025-01-15",
     "Flash Update No. 7 - Amhara region: civilian casualties reported after drone strike\n\n"
     "On Monday, a drone strike reportedly hit a livestock market on the edge of Finote Selam town, West "
     "Gojjam zone, killing at least 11 civilians and injuring more than 20, according to local health "
     "sources. Partners report that the strike, attributed to the Ethiopian National Defense Force, took "
     "place amid continued fighting between federal forces and Fano militias in the zone. Humanitarian "
     "access remains constrained and partners have not been able to verify the figures independently.",
     [event(AIR, day("2025-01-15", "Monday"), "Military Forces of Ethiopia", "Civilians (Ethiopia)", FINOTE_SELAM, [
         ("trigger", "drone strike"), ("actor1", "Ethiopian National Defense Force"), ("actor2", "civilians"),
         ("location", "Finote Selam"), ("event_date", "On Monday"),
         ("fatalities", "killing at least 11 civilians")], fatalities=11, geo=2)]),
    ("held3-14", "2024-07-26",
     "Unity State: women assaulted while collecting firewood near Bentiu\n\n"
     "Teams of the medical organisation in Bentiu treated five women on Wednesday who said they had been "
     "raped by armed men in uniform a day earlier while gathering firewood outside the town, the "
     "organisation said in a statement. The survivors, two of whom are under 18, were referred for further "
     "care; none could say which force the men belonged to. The organisation renewed its call on all "
     "parties to protect civilians who have to leave the displacement camps.",
     [event(SEXUAL, day("2024-07-26", "Wednesday", -1), "Unidentified Armed Group (South Sudan)",
            "Civilians (South Sudan)", BENTIU, [
         ("trigger", "raped"), ("actor1", "armed men in uniform"), ("actor2", "five women"),
         ("location", "Bentiu"), ("event_date", "a day earlier")], geo=2)]),
    ("held3-15", "2024-12-14",
     "Fuel price protest turns violent in Biratnagar; municipal office set ablaze\n\n"
     "Protesters angered by the latest fuel price increase pelted police with stones, set fire to a ward "
     "office of the metropolitan city and overturned two vehicles in Biratnagar on Friday, after they were "
     "stopped from marching to the provincial government offices. Police responded with tear gas and "
     "batons, and a dozen officers were injured, according to the District Police Office, Morang.",
     [event(VIOLENT_DEMO, day("2024-12-14", "Friday"), "Rioters (Nepal)", "Police Forces of Nepal", BIRATNAGAR, [
         ("trigger", "pelted police with stones"), ("actor1", "Protesters"), ("actor2", "police"),
         ("location", "Biratnagar"), ("event_date", "on Friday")])]),
    ("held3-16", "2024-11-21",
     "Ugandan police detain opposition lawmaker, aides in Kampala\n\n"
     "KAMPALA (Reuters) - Ugandan police on Wednesday detained an opposition member of parliament from the "
     "National Unity Platform (NUP) and three of his aides at his home in Kampala, accusing them of "
     "plotting unlawful assemblies, the party said. A police spokesman confirmed the arrests and said the "
     "four would be charged in court. The party's leader, a singer-turned-politician, has accused the "
     "government of persecuting his supporters since the last election.",
     [event(ARRESTS, day("2024-11-21", "Wednesday"), "Police Forces of Uganda", "NUP: National Unity Platform",
            KAMPALA, [
         ("trigger", "detained"), ("actor1", "Ugandan police"), ("actor2", "National Unity Platform"),
         ("location", "Kampala"), ("event_date", "on Wednesday")])]),
    ("held3-17", "2025-01-31",
     "Communiqué of the Ministry of the Armed Forces on the military base of Abeche\n\n"
     "N'Djamena, 31 January 2025 — The Ministry of the Armed Forces, Veterans and War Victims announces "
     "that the military base of Abeche, until now occupied by the French forces, was handed over to the "
     "Chadian National Army on Thursday at a ceremony presided over by the Chief of the General Staff. "
     "The handover follows the end of the defence cooperation accord between Chad and France decided by "
     "the Government in November. The remaining French personnel are expected to leave the national "
     "territory in the coming weeks.",
     [event(TRANSFER, day("2025-01-31", "Thursday"), "Military Forces of Chad", "Military Forces of France", ABECHE, [
         ("trigger", "handed over"), ("actor1", "Chadian National Army"), ("actor2", "French forces"),
         ("location", "Abeche"), ("event_date", "on Thursday")])]),
    ("held3-18", "2023-09-27",
     "Papuan rebels burn school, kill teacher in Intan Jaya, police say\n\n"
     "JAYAPURA, Indonesia (AP) — Separatist fighters from the West Papua National Liberation Army set fire "
     "to an elementary school and a health clinic in Sugapa, the main town of Intan Jaya regency, on "
     "Monday, police said. A day later a teacher who had fled the school was found shot dead on a path "
     "outside the town, and a spokesman for the rebels said its fighters had killed him because they "
     "suspected him of spying for the military. Dozens of residents have taken refuge in a church.",
     [event(LOOTING, day("2023-09-27", "Monday"), TPNPB, "Civilians (Indonesia)", SUGAPA, [
         ("trigger", "set fire"), ("actor1", "West Papua National Liberation Army"),
         ("actor2", "an elementary school and a health clinic"), ("location", "Sugapa"),
         ("event_date", "on Monday")]),
      event(ATTACK, day("2023-09-27", "Monday", 1), TPNPB, "Civilians (Indonesia)", SUGAPA, [
         ("trigger", "shot dead"), ("actor1", "its fighters"), ("actor2", "a teacher"), ("location", "Sugapa"),
         ("event_date", "A day later"), ("fatalities", "found shot dead")], fatalities=1, geo=2)]),
    ("held3-19", "2025-05-17",
     "Senegal signs peace deal with Casamance rebel faction\n\n"
     "DAKAR (AFP) - Senegal's government and a faction of the Movement of Democratic Forces of Casamance "
     "(MFDC) signed an agreement in Ziguinchor on Thursday under which the rebels are to hand in their "
     "weapons, officials said. The accord, brokered by neighbouring Guinea-Bissau, builds on a deal struck "
     "two years ago with another wing of the movement, which has waged a low-level separatist insurgency "
     "since 1982.",
     [event(AGREEMENT, day("2025-05-17", "Thursday"), "Government of Senegal",
            "MFDC: Movement of Democratic Forces of Casamance", ZIGUINCHOR, [
         ("trigger", "signed an agreement"), ("actor1", "Senegal's government"),
         ("actor2", "Movement of Democratic Forces of Casamance"), ("location", "Ziguinchor"),
         ("event_date", "on Thursday")])]),
    ("held3-20", "2024-09-03",
     "Mob kills suspected housebreaker in Soweto\n\n"
     "JOHANNESBURG, Sept 3 (ANA) - A man suspected of breaking into homes was stoned and beaten to death by "
     "a group of residents in Soweto's Orlando East on Sunday night, a Gauteng police spokesperson said. "
     "The man, who has not yet been identified, was dragged out of a shack where he had been hiding. A "
     "murder case has been opened but no one has been arrested, police added.",
     [event(MOB, day("2024-09-03", "Sunday"), "Rioters (South Africa)", "Civilians (South Africa)", SOWETO, [
         ("trigger", "stoned"), ("actor1", "a group of residents"),
         ("actor2", "A man suspected of breaking into homes"), ("location", "Soweto"),
         ("event_date", "on Sunday night"), ("fatalities", "beaten to death")], fatalities=1, geo=2)]),
    ("held3-21", "2025-09-08",
     "Typhoon batters northern Vietnam, nine killed\n\n"
     "HANOI (Reuters) - A powerful typhoon tore into Vietnam's northern coast on Saturday, killing nine "
     "people, ripping roofs off thousands of homes and knocking out power to millions, the disaster "
     "agency said. Soldiers and police were deployed to evacuate residents from low-lying areas of Hai "
     "Phong and Quang Ninh as the storm moved inland, and officials warned of landslides in the mountains.",
     []),
    ("held3-22", "2024-07-19",
     "Argentina, South Korea seal trade pact after long fight over beef\n\n"
     "BUENOS AIRES (AP) — Argentina and South Korea signed a trade pact on Thursday that slashes tariffs "
     "on Argentine beef and Korean cars, ending a two-year battle between negotiators, officials said. "
     "Argentina's economy minister called the deal a blow against protectionism, while Korean farm groups "
     "vowed to fight it in parliament and targeted the agriculture ministry with sharp criticism.",
     []),
    ("held3-23", "2025-03-14",
     "Guatemalan court jails ex-police chief for 18 years over gang bribes\n\n"
     "GUATEMALA CITY (Reuters) - A Guatemalan court on Thursday sentenced a former regional police chief to "
     "18 years in prison for taking bribes from a drug gang and laundering the proceeds, prosecutors said. "
     "The judges found that he had tipped off the gang about raids on its armed cells, and ordered that "
     "properties bought with the money be seized.",
     []),
    ("held3-24", "2025-06-06",
     "Sri Lankan president purges cabinet, sacks defence chief in shake-up\n\n"
     "COLOMBO (AFP) - Sri Lanka's president dismissed six ministers, including the state minister of "
     "defence, in a sweeping cabinet reshuffle on Thursday, a move critics called a purge of rivals within "
     "the ruling coalition. The new ministers, sworn in at the presidential secretariat, were told to step "
     "up the fight against corruption, the president's office said.",
     []),
]


def build() -> list[dict]:
    return build_articles(ARTICLES, "Annotator held-out fixture")


if __name__ == "__main__":
    write_articles(Path(__file__).with_name("articles.jsonl"), build())

"""Regenerate articles.jsonl: 30 invented reports, a *development* gold file for the event suggester.

What it is: material the suggester's authors may read, probe and tune against freely. It is not a
held-out measure (``tests/data/heldout_gold_2`` is the blind one); a figure taken on this file says
how the suggester does on texts its authors have seen. Written and coded on 2 December 2026 by a
helper session of the project (branch ``devgold``), from the texts alone: without running the
suggester on them and without reading its rules, patterns or the schema's ``triggers:`` and
``suggest:`` sections, so the coding is an analyst's, not the rules'.

The reports are invented, never copied from real articles, and more varied than a wire lead: long
reports with background paragraphs; two or three incidents in different towns ("In a separate
incident"); quotes; passive voice; numbers in words; reported speech whose reporting verb has its
own date ("the army said on Monday" about a Sunday attack); relative dates ("the next day", "two
days later", "overnight"); attacks claimed later; denials; what did not happen; local-press style
without a dateline; headlines in Title Case. 25 hold 37 events (one to three each) from 22
countries, none of them a country of the first held-out file, and cover 23 of ACLED's sub-event
types; five (sport, economy, a court, a disaster, a state visit) hold no event an ACLED analyst
would record although they use violent-sounding words.

Coding conventions (those the first held-out file, ``tests/data/heldout_gold/make_articles.py``,
states): ACLED actor names (``Military Forces of X``, ``Police Forces of X``, ``Civilians (X)``,
``Unidentified Armed Group (X)`` when nobody claims or is named, named groups as ACLED writes them);
``Protesters (X)`` is actor 1 of every protest event and ``Rioters (X)`` of every riot, with the
identity group the text names (``Teachers (X)``, a party, an ethnic group) as associated actor 1,
and the force that intervenes as actor 2; actor 2 stays empty when a strike hurt nobody and hit no
one in particular. A later claim names actor 1; an attribution by the authorities does too when the
text gives no other. Place fields (country, admin1, coordinates) are the gazetteer's, as
``annotator locate`` gives them; ``geo_precision`` 2 when the text puts the event near a town, in
its outskirts or district, 3 when it names only the province. Fatalities are ``null`` when the text
gives no death toll, also when it says nobody was hurt (as the first held-out file codes "no
injuries were reported"); a battle's dead of both sides are added up, and a suicide bomber counts.
Event dates are resolved against ``published`` (the last such weekday on or before it, moved by the
relative date), never the reporting verb's own date; "overnight" in a report dated the next morning
is the evening before. Regenerate with ``python tests/data/dev_gold/make_articles.py``.
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
DJIBO = ("Burkina Faso", "Sahel", "Djibo", 14.09864, -1.62665)
DORI = ("Burkina Faso", "Sahel", "Dori", 14.03326, -0.03333)
BAMENDA = ("Cameroon", "North-West Province", "Bamenda", 5.9597, 10.14597)
KUMBA = ("Cameroon", "South-West Province", "Kumba", 4.6363, 9.4469)
MORA = ("Cameroon", "Far North", "Mora", 11.04611, 14.14011)
GONDAR = ("Ethiopia", "Amhara", "Gondar", 12.6, 37.46667)
BAHIR_DAR = ("Ethiopia", "Amhara", "Bahir Dar", 11.59364, 37.39077)
YEI = ("South Sudan", "Central Equatoria", "Yei", 4.09444, 30.67639)
ADEN = ("Yemen", "Aden", "Aden", 12.77957, 45.03852)
TYRE = ("Lebanon", "Liban-Sud", "Tyre", 33.27333, 35.19389)
BINT_JBEIL = ("Lebanon", "Nabatiye", "Bint Jbeil", 33.11864, 35.43344)
ZAWIYA = ("Libya", "Az Zawiyah", "Zawiya", 32.75222, 12.72778)
COTABATO = ("Philippines", "Autonomous Region in Muslim Mindanao", "Cotabato", 7.22361, 124.24639)
NARATHIWAT = ("Thailand", "Narathiwat", "Narathiwat", 6.42639, 101.82308)
YALA = ("Thailand", "Yala", "Yala", 6.53995, 101.28128)
PATTANI = ("Thailand", "Pattani", "Pattani", 6.86814, 101.25009)
KHARKIV = ("Ukraine", "Kharkiv", "Kharkiv", 49.98177, 36.25475)
SUMY = ("Ukraine", "Sumy", "Sumy", 50.91741, 34.79906)
PUNO = ("Peru", "Puno", "Puno", -15.84003, -70.02198)
GUAYAQUIL = ("Ecuador", "Guayas", "Guayaquil", -2.19616, -79.88621)
ESMERALDAS = ("Ecuador", "Esmeraldas", "Esmeraldas", 0.9592, -79.65397)
CROIX = ("Haiti", "Ouest", "Croix-des-Bouquets", 18.57677, -72.22625)
PORT_AU_PRINCE = ("Haiti", "Ouest", "Port-au-Prince", 18.54349, -72.33881)
SAN_PEDRO_SULA = ("Honduras", "Cortes", "San Pedro Sula", 15.50585, -88.02588)
KAMPALA = ("Uganda", "Central Region", "Kampala", 0.31628, 32.58219)
KASESE = ("Uganda", "Western Region", "Kasese", 0.18333, 30.08333)
MOUNDOU = ("Chad", "Logone Occidental", "Moundou", 8.57437, 16.07722)
ABECHE = ("Chad", "Ouaddai", "Abeche", 13.82916, 20.8324)
TANGUIETA = ("Benin", "Atakora", "Tanguieta", 10.62118, 1.26651)
KANDI = ("Benin", "Alibori", "Kandi", 11.13417, 2.93861)
ZAHEDAN = ("Iran", "Sistan and Baluchestan", "Zahedan", 29.4963, 60.8629)
KATHMANDU = ("Nepal", "Central Region", "Kathmandu", 27.70169, 85.3206)
ZIGUINCHOR = ("Senegal", "Ziguinchor", "Ziguinchor", 12.56801, -16.27326)
SFAX = ("Tunisia", "Safaqis", "Sfax", 34.74056, 10.76028)
NABLUS = ("Palestine", "West Bank", "Nablus", 32.22111, 35.25444)

ADF = "ADF: Allied Democratic Forces"
BIFF = "BIFF: Bangsamoro Islamic Freedom Fighters"
BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
JNIM = "JNIM: Group for Support of Islam and Muslims"
MFDC = "MFDC: Movement of Democratic Forces of Casamance"
NAS = "NAS: National Salvation Front"
NUP = "NUP: National Unity Platform"
RPP = "RPP: Rastriya Prajatantra Party"
VDP = "VDP: Volunteers for the Defense of the Homeland"


ARTICLES = [
    # Reporting verb dated Monday, the battle on Sunday; a mine "the next day" in another town.
    ("dev-01", "2024-03-12",
     "Burkina army says it repelled jihadist assault on Djibo\n\n"
     "OUAGADOUGOU (Reuters) - Hundreds of fighters from the al Qaeda-linked JNIM stormed army positions "
     "in the northern town of Djibo on Sunday, triggering a battle that lasted much of the day, the army "
     "said on Monday. Fourteen soldiers and civilian auxiliaries of the Volunteers for the Defense of the "
     "Homeland (VDP) were killed, along with some thirty assailants, a security source said. The army said "
     "in a statement that reinforcements from Kaya had helped to drive the attackers back.\n\n"
     "Djibo, a town of tens of thousands of people near the border with Mali, has been under blockade by "
     "the group for more than a year. In a separate incident the next day, a lorry carrying food to Dori "
     "struck a landmine a few kilometres outside the town, killing three drivers, a regional official "
     "said. The mine had been laid by suspected jihadists, he said; no group has claimed the blast.",
     [event(CLASH, day("2024-03-12", "Sunday"), JNIM, "Military Forces of Burkina Faso", DJIBO, [
         ("trigger", "stormed army positions"), ("actor1", "JNIM"), ("actor2", "army positions"),
         ("assoc_actor_2", "Volunteers for the Defense of the Homeland (VDP)"), ("location", "Djibo"),
         ("event_date", "on Sunday"),
         ("fatalities", "Fourteen soldiers and civilian auxiliaries of the Volunteers for the Defense of the "
                       "Homeland (VDP) were killed, along with some thirty assailants")], fatalities=44, assoc2=VDP),
      event(IED, day("2024-03-12", "Sunday", 1), "Unidentified Armed Group (Burkina Faso)",
            "Civilians (Burkina Faso)", DORI, [
         ("trigger", "struck a landmine"), ("actor1", "suspected jihadists"),
         ("actor2", "three drivers"), ("location", "Dori"), ("event_date", "the next day"),
         ("fatalities", "killing three drivers")], fatalities=3, geo=2)]),
    # Local press, no dateline; kidnapping, then an arson "two days later" on a town's outskirts.
    ("dev-02", "2024-03-09",
     "Gunmen Kidnap School Principal in Bamenda, Torch Classrooms Near Kumba\n\n"
     "The principal of a government secondary school in Bamenda was kidnapped from his home on Tuesday "
     "night by armed men who said they were enforcing a boycott of schools called by separatist fighters, "
     "his wife told our reporter. \"They took him in his sleeping clothes and said the school must close "
     "or he would not come back,\" she said. The kidnappers, who identified themselves as Ambazonian "
     "separatists, have asked the family for two million CFA francs.\n\n"
     "Two days later, gunmen believed to belong to the same movement set fire to three classrooms of a "
     "bilingual school on the outskirts of Kumba. Nobody was hurt, the divisional officer said.",
     [event(ABDUCTION, day("2024-03-09", "Tuesday"), "Ambazonian Separatists", "Civilians (Cameroon)", BAMENDA, [
         ("trigger", "kidnapped"), ("actor1", "Ambazonian separatists"), ("actor2", "The principal"),
         ("location", "Bamenda"), ("event_date", "on Tuesday night")]),
      event(LOOTING, day("2024-03-09", "Tuesday", 2), "Ambazonian Separatists", "Civilians (Cameroon)", KUMBA, [
         ("trigger", "set fire to three classrooms"), ("actor1", "gunmen"), ("actor2", "bilingual school"),
         ("location", "Kumba"), ("event_date", "Two days later")], geo=2)]),
    # Attribution by the authorities, not a claim.
    ("dev-03", "2023-07-17",
     "Suicide bomber kills six in Cameroon market town\n\n"
     "YAOUNDE (AFP) - A teenage girl detonated explosives strapped to her body at a crowded cattle market "
     "in Mora, in Cameroon's Far North region, on Saturday, killing six people besides herself, the "
     "regional governor said. Cameroonian authorities blamed Boko Haram, which has carried out dozens of "
     "similar attacks in the region since 2014, though no group had claimed the bombing by Monday.",
     [event(SUICIDE, day("2023-07-17", "Saturday"), BOKO_HARAM, "Civilians (Cameroon)", MORA, [
         ("trigger", "detonated explosives strapped to her body"), ("actor1", "Boko Haram"),
         ("actor2", "cattle market"), ("location", "Mora"), ("event_date", "on Saturday"),
         ("fatalities", "killing six people besides herself")], fatalities=7)]),
    # Overnight battle, both sides' dead added up; a drone strike the government denies.
    ("dev-04", "2024-04-09",
     "Ethiopia: Fighting rages in Gondar as drone strike hits minibus\n\n"
     "ADDIS ABABA, April 9 (Reuters) - Fano militiamen and federal troops fought overnight in the northern "
     "city of Gondar, in the Amhara region, residents said, with gunfire and explosions heard until "
     "dawn. A hospital official said the bodies of nine soldiers and five militia fighters had been "
     "brought in. The Ethiopian National Defence Force did not respond to a request for comment.\n\n"
     "In a separate incident on Sunday, a drone strike hit a minibus on a road near Bahir Dar, the "
     "regional capital, killing eleven passengers, two relatives of victims said. A government spokesman "
     "denied that the military had targeted civilians, saying the strike had hit \"extremist elements\".",
     [event(CLASH, day("2024-04-09", "Monday"), "Fano Militia", "Military Forces of Ethiopia", GONDAR, [
         ("trigger", "fought"), ("actor1", "Fano militiamen"), ("actor2", "federal troops"),
         ("location", "Gondar"), ("event_date", "overnight"),
         ("fatalities", "nine soldiers and five militia fighters")], fatalities=14),
      event(AIR, day("2024-04-09", "Sunday"), "Military Forces of Ethiopia", "Civilians (Ethiopia)", BAHIR_DAR, [
         ("trigger", "drone strike"), ("actor1", "the military"), ("actor2", "passengers"),
         ("location", "Bahir Dar"), ("event_date", "on Sunday"),
         ("fatalities", "killing eleven passengers")], fatalities=11, geo=2)]),
    # A base lost on Saturday and retaken on Tuesday, told on Wednesday.
    ("dev-05", "2024-02-01",
     "South Sudan Army Says It Has Retaken Base Near Yei From NAS Rebels\n\n"
     "JUBA (AP) - South Sudan's army said on Wednesday that it had recaptured a military base near Yei from "
     "rebels of the National Salvation Front (NAS), who had overrun it on Saturday. An army spokesman "
     "said the base was retaken on Tuesday \"with minimal resistance\" and that the rebels had fled "
     "towards the Congolese border. NAS, which did not sign the 2018 peace deal, said its fighters had "
     "withdrawn to spare civilians. Neither side gave casualty figures.",
     [event(OVERTAKES, day("2024-02-01", "Saturday"), NAS, "Military Forces of South Sudan", YEI, [
         ("trigger", "overrun"), ("actor1", "National Salvation Front (NAS)"), ("actor2", "South Sudan's army"),
         ("location", "Yei"), ("event_date", "on Saturday")], geo=2),
      event(REGAINS, day("2024-02-01", "Tuesday"), "Military Forces of South Sudan", NAS, YEI, [
         ("trigger", "retaken"), ("actor1", "South Sudan's army"), ("actor2", "National Salvation Front (NAS)"),
         ("location", "Yei"), ("event_date", "on Tuesday")], geo=2)]),
    # A peaceful protest that the security forces watched but did not disperse.
    ("dev-06", "2023-06-20",
     "Hundreds protest power cuts in Yemen's Aden\n\n"
     "ADEN, Yemen (Reuters) - Hundreds of residents of Aden took to the streets on Monday evening, blocking "
     "road junctions with rocks and chanting against the government over power cuts that last up to "
     "eighteen hours a day in the summer heat. Security forces deployed around the presidential palace "
     "but did not intervene, and no clashes were reported, witnesses said. \"We are dying in our homes,\" "
     "said one protester, a father of five.",
     [event(PEACEFUL, day("2023-06-20", "Monday"), "Protesters (Yemen)", "", ADEN, [
         ("trigger", "took to the streets"), ("actor1", "residents of Aden"), ("location", "Aden"),
         ("event_date", "on Monday evening")])]),
    # An air strike with a toll, and shelling that killed nobody.
    ("dev-07", "2024-01-12",
     "Israeli drone strike kills two Hezbollah fighters in south Lebanon\n\n"
     "BEIRUT (Reuters) - An Israeli drone struck a car on a road near the coastal city of Tyre on Thursday, "
     "killing two members of Hezbollah, Lebanese security sources said. Hezbollah announced the deaths of "
     "two fighters without saying where they had been killed. The Israeli military said it had struck "
     "\"terrorist operatives\" in southern Lebanon.\n\n"
     "Separately, Israeli artillery shelled the outskirts of Bint Jbeil the same afternoon, setting fields "
     "on fire. No one was killed, the town's mayor said.",
     [event(AIR, day("2024-01-12", "Thursday"), "Military Forces of Israel", "Hezbollah", TYRE, [
         ("trigger", "drone struck"), ("actor1", "Israeli drone"), ("actor2", "members of Hezbollah"),
         ("location", "Tyre"), ("event_date", "on Thursday"),
         ("fatalities", "killing two members of Hezbollah")], fatalities=2, geo=2),
      event(SHELLING, day("2024-01-12", "Thursday"), "Military Forces of Israel", "", BINT_JBEIL, [
         ("trigger", "shelled"), ("actor1", "Israeli artillery"), ("location", "Bint Jbeil"),
         ("event_date", "the same afternoon")], geo=2)]),
    # Unnamed armed groups fighting each other overnight; a Title Case headline.
    ("dev-08", "2024-02-20",
     "Child Killed As Rival Armed Groups Clash Overnight In Libya's Zawiya\n\n"
     "TRIPOLI, Feb 20 (AFP) - A child was killed by a stray bullet when rival armed groups battled with "
     "machine guns and rocket-propelled grenades overnight in the western city of Zawiya, the city's "
     "hospital said. The fighting, the third this year between factions loyal to the Tripoli government, "
     "stopped at dawn after mediation by tribal elders. Schools and the coastal highway were closed.",
     [event(CLASH, day("2024-02-20", "Monday"), "Unidentified Armed Group (Libya)",
            "Unidentified Armed Group (Libya)", ZAWIYA, [
         ("trigger", "battled"), ("actor1", "rival armed groups"), ("actor2", "rival armed groups"),
         ("location", "Zawiya"), ("event_date", "overnight"), ("fatalities", "A child was killed")],
         fatalities=1)]),
    # A bomb defused: disrupted weapons use, blamed on a named group.
    ("dev-09", "2023-09-04",
     "Philippine soldiers defuse bomb outside Cotabato market\n\n"
     "COTABATO CITY, Philippines (AP) - Army bomb experts defused an improvised explosive device left in a "
     "bag outside a public market in Cotabato on Sunday morning, averting what the military called a "
     "planned massacre of shoppers. The device, made from a mortar round and a mobile phone, was spotted "
     "by a vendor. The military blamed the Bangsamoro Islamic Freedom Fighters, a group that has opposed "
     "the peace process in the south. There were no casualties.",
     [event(DISRUPTED, day("2023-09-04", "Sunday"), "Military Forces of the Philippines", BIFF, COTABATO, [
         ("trigger", "defused"), ("actor1", "Army bomb experts"),
         ("actor2", "Bangsamoro Islamic Freedom Fighters"), ("location", "Cotabato"),
         ("event_date", "on Sunday morning")])]),
    # Two incidents in two provinces, neither claimed.
    ("dev-10", "2024-05-23",
     "Grenade, bomb wound rangers; village headman shot dead in Thailand's deep south\n\n"
     "BANGKOK (Reuters) - Suspected insurgents threw a grenade into a paramilitary ranger outpost on the "
     "outskirts of Narathiwat town on Wednesday night, wounding four rangers, police said. In a separate "
     "incident earlier on Wednesday, a roadside bomb exploded as a ranger patrol passed on a rural road in "
     "Yala province, wounding two; police said it had been planted by militants. And on Tuesday evening, "
     "two men on a motorcycle shot dead a village headman outside his home near the town of Pattani.\n\n"
     "No group claimed responsibility for any of the attacks. More than 7,000 people have been killed "
     "since a separatist insurgency flared in the Muslim-majority region in 2004.",
     [event(GRENADE, day("2024-05-23", "Wednesday"), "Unidentified Armed Group (Thailand)",
            "Military Forces of Thailand", NARATHIWAT, [
         ("trigger", "threw a grenade"), ("actor1", "Suspected insurgents"), ("actor2", "paramilitary ranger outpost"),
         ("location", "Narathiwat"), ("event_date", "on Wednesday night")], geo=2),
      event(IED, day("2024-05-23", "Wednesday"), "Unidentified Armed Group (Thailand)",
            "Military Forces of Thailand", YALA, [
         ("trigger", "roadside bomb exploded"), ("actor1", "militants"),
         ("actor2", "ranger patrol"), ("location", "Yala"), ("event_date", "earlier on Wednesday")], geo=3),
      event(ATTACK, day("2024-05-23", "Tuesday"), "Unidentified Armed Group (Thailand)", "Civilians (Thailand)",
            PATTANI, [
         ("trigger", "shot dead"), ("actor1", "two men on a motorcycle"), ("actor2", "village headman"),
         ("location", "Pattani"), ("event_date", "on Tuesday evening"),
         ("fatalities", "shot dead a village headman")], fatalities=1, geo=2)]),
    # A missile strike with a toll in words, a drone attack overnight, a denial.
    ("dev-11", "2024-06-02",
     "Russian missiles hit Kharkiv, drones strike Sumy overnight\n\n"
     "KYIV (Reuters) - Two Russian missiles slammed into a residential district of Kharkiv on Saturday "
     "afternoon, killing five people and wounding more than twenty, the regional governor said "
     "on Sunday. Russia's defence ministry said its forces had struck only military targets.\n\n"
     "Russian drones also hit an energy facility in the city of Sumy overnight, the regional "
     "administration said, cutting power to thousands of homes. Nobody was hurt in that attack, it said.",
     [event(SHELLING, day("2024-06-02", "Saturday"), "Military Forces of Russia", "Civilians (Ukraine)", KHARKIV, [
         ("trigger", "missiles slammed into"), ("actor1", "Russian missiles"), ("actor2", "residential district"),
         ("location", "Kharkiv"), ("event_date", "on Saturday"),
         ("fatalities", "killing five people")], fatalities=5),
      event(AIR, day("2024-06-02", "Saturday"), "Military Forces of Russia", "", SUMY, [
         ("trigger", "drones also hit"), ("actor1", "Russian drones"),
         ("location", "Sumy"), ("event_date", "overnight")])]),
    # Teachers block a road; police clear it with tear gas; a march elsewhere did not happen.
    ("dev-12", "2023-03-15",
     "Peruvian police tear-gas striking teachers in Puno\n\n"
     "LIMA (AP) - Police fired tear gas on Tuesday to clear hundreds of striking teachers who had blocked "
     "the main highway on the outskirts of Puno, near Lake Titicaca, to demand higher pay, the teachers' union said. "
     "Several teachers were treated for breathing problems. A march that the union had planned for the "
     "same day in Juliaca was called off after the clashes.",
     [event(INTERVENTION, day("2023-03-15", "Tuesday"), "Protesters (Peru)", "Police Forces of Peru", PUNO, [
         ("trigger", "fired tear gas"), ("actor1", "striking teachers"), ("assoc_actor_1", "striking teachers"),
         ("actor2", "Police"), ("location", "Puno"), ("event_date", "on Tuesday")],
         geo=2, assoc1="Teachers (Peru)")]),
    # An arrest and the gang's reprisal the next day.
    ("dev-13", "2024-01-19",
     "Ecuador police arrest Los Lobos leader; gang torches buses in reprisal\n\n"
     "QUITO, Jan 19 (Reuters) - Ecuadorean police arrested a regional leader of the Los Lobos gang in a dawn "
     "raid in the port city of Guayaquil on Wednesday, the interior ministry said. The next day, men on "
     "motorcycles set fire to two city buses in Esmeraldas, the gang's northern stronghold, after ordering the "
     "passengers off, police said, blaming Los Lobos. "
     "No one was injured. President Daniel Noboa has declared an \"internal armed conflict\" against the "
     "country's gangs.",
     [event(ARRESTS, day("2024-01-19", "Wednesday"), "Police Forces of Ecuador", "Los Lobos", GUAYAQUIL, [
         ("trigger", "arrested"), ("actor1", "Ecuadorean police"), ("actor2", "Los Lobos gang"),
         ("location", "Guayaquil"), ("event_date", "on Wednesday")]),
      event(LOOTING, day("2024-01-19", "Wednesday", 1), "Los Lobos", "Civilians (Ecuador)", ESMERALDAS, [
         ("trigger", "set fire to two city buses"), ("actor1", "men on motorcycles"), ("actor2", "passengers"),
         ("location", "Esmeraldas"), ("event_date", "The next day")])]),
    # Passive voice; a lynching in the capital "in a separate incident".
    ("dev-14", "2023-05-03",
     "Women raped by gang members in Haiti's Croix-des-Bouquets, rights group says\n\n"
     "PORT-AU-PRINCE (AP) - At least eight women were raped by members of the 400 Mawozo gang during an "
     "assault on a neighbourhood of Croix-des-Bouquets on Saturday, a Haitian human rights group said on "
     "Tuesday. The women were dragged from their homes and held for hours, the group said.\n\n"
     "In a separate incident on Monday, a crowd in the capital stoned and burned two men they accused of "
     "belonging to a gang, witnesses said. Police arrived after the two had died.",
     [event(SEXUAL, day("2023-05-03", "Saturday"), "400 Mawozo", "Civilians (Haiti)", CROIX, [
         ("trigger", "raped"), ("actor1", "400 Mawozo gang"), ("actor2", "eight women"), ("assoc_actor_2", "women"),
         ("location", "Croix-des-Bouquets"), ("event_date", "on Saturday")], assoc2="Women (Haiti)"),
      event(MOB, day("2023-05-03", "Monday"), "Rioters (Haiti)", "Civilians (Haiti)", PORT_AU_PRINCE, [
         ("trigger", "stoned and burned"), ("actor1", "a crowd"), ("actor2", "two men"),
         ("location", "capital"), ("event_date", "on Monday"),
         ("fatalities", "the two had died")], fatalities=2)]),
    # Numbers in words, a late-evening attack, denial of a gang's involvement.
    ("dev-15", "2024-10-14",
     "Gunmen kill nine on bus in Honduras' San Pedro Sula\n\n"
     "TEGUCIGALPA (Reuters) - Gunmen boarded a city bus in San Pedro Sula late on Saturday and opened fire "
     "on the passengers, killing nine people, including the driver, police said. Two others survived with "
     "gunshot wounds. Investigators are looking into whether the driver had refused to pay extortion money; "
     "a spokesman for the transport union said he doubted it. Nobody has been arrested.",
     [event(ATTACK, day("2024-10-14", "Saturday"), "Unidentified Armed Group (Honduras)", "Civilians (Honduras)",
            SAN_PEDRO_SULA, [
         ("trigger", "opened fire"), ("actor1", "Gunmen"), ("actor2", "passengers"),
         ("location", "San Pedro Sula"), ("event_date", "late on Saturday"),
         ("fatalities", "killing nine people")], fatalities=9)]),
    # Police version and opposition version; the party as the protesters' identity group.
    ("dev-16", "2023-11-17",
     "Ugandan police disperse opposition march in Kampala\n\n"
     "KAMPALA (AFP) - Ugandan police fired tear gas and arrested dozens of supporters of the opposition "
     "National Unity Platform (NUP) who tried to march to parliament in Kampala on Tuesday against the detention of "
     "one of their MPs, police said on Thursday. A police spokesman said the march was illegal because its organisers "
     "had not notified the authorities. The party denied this and said thirty-eight of its members were "
     "still being held.",
     [event(INTERVENTION, day("2023-11-17", "Tuesday"), "Protesters (Uganda)", "Police Forces of Uganda", KAMPALA, [
         ("trigger", "fired tear gas"), ("actor1", "supporters"), ("assoc_actor_1", "National Unity Platform"),
         ("actor2", "Ugandan police"), ("location", "Kampala"), ("event_date", "on Tuesday")],
         assoc1=NUP)]),
    # Claimed two days later by a different name than the one an analyst codes.
    ("dev-17", "2023-10-02",
     "Rebels Hack Villagers to Death Near Uganda's Kasese\n\n"
     "Suspected rebels of the Allied Democratic Forces killed seven villagers with machetes and guns in a "
     "night raid on a village near Kasese, close to the Congolese border, on Thursday, the Uganda army "
     "said. Two days later the Islamic State claimed responsibility for the raid through its Amaq news "
     "agency, describing the victims as \"Christians\". The ADF, which is based in eastern Congo, pledged "
     "allegiance to the Islamic State in 2019.",
     [event(ATTACK, day("2023-10-02", "Thursday"), ADF, "Civilians (Uganda)", KASESE, [
         ("trigger", "killed seven villagers"), ("actor1", "Allied Democratic Forces"), ("actor2", "villagers"),
         ("location", "Kasese"), ("event_date", "on Thursday"),
         ("fatalities", "killed seven villagers")], fatalities=7, geo=2)]),
    # A riot: youths, not peaceful, with police intervening and one death.
    ("dev-18", "2023-02-07",
     "Youths set fire to town hall in Chad's Moundou after killing of student\n\n"
     "N'DJAMENA (Reuters) - Angry youths set fire to the town hall and looted two shops in the southern "
     "city of Moundou on Monday after a student was killed in a road accident involving a government "
     "convoy, residents said. "
     "Police fired tear gas to disperse the crowd; one rioter died of his wounds later in hospital, a "
     "doctor said. The mayor appealed for calm.",
     [event(VIOLENT_DEMO, day("2023-02-07", "Monday"), "Rioters (Chad)", "Police Forces of Chad", MOUNDOU, [
         ("trigger", "set fire to the town hall"), ("actor1", "Angry youths"),
         ("actor2", "Police"), ("location", "Moundou"), ("event_date", "on Monday"),
         ("fatalities", "one rioter died")], fatalities=1)]),
    # A base handed over without a fight.
    ("dev-19", "2024-09-16",
     "French troops hand over Abeche base to Chadian army\n\n"
     "N'DJAMENA, Sept 16 (AFP) - French forces formally handed over their military base in the eastern city "
     "of Abeche to the Chadian army at a ceremony on Saturday, the Chadian defence ministry said, completing "
     "the first stage of a withdrawal agreed with N'Djamena. Around six hundred French soldiers remain in "
     "the capital, where the main base is due to be vacated next year.",
     [event(TRANSFER, day("2024-09-16", "Saturday"), "Military Forces of Chad", "Military Forces of France",
            ABECHE, [
         ("trigger", "handed over"), ("actor1", "Chadian army"), ("actor2", "French forces"),
         ("location", "Abeche"), ("event_date", "on Saturday")])]),
    # A camp set up, then an attack claimed the next day.
    ("dev-20", "2024-06-25",
     "Jihadists set up camp in north Benin park, attack police post\n\n"
     "COTONOU (Reuters) - Dozens of armed men set up a camp in the forest near Tanguieta, in Benin's "
     "Atakora department, on Thursday, residents and a local official said, describing fighters on "
     "motorcycles flying a black flag. Three days later, gunmen attacked a police post in Kandi, further "
     "east, and exchanged fire with officers for over an hour; two policemen and four attackers were "
     "killed, a security source said. JNIM, al Qaeda's affiliate in the Sahel, claimed the Kandi attack "
     "the next day.",
     [event(BASE, day("2024-06-25", "Thursday"), "Unidentified Armed Group (Benin)", "", TANGUIETA, [
         ("trigger", "set up a camp"), ("actor1", "armed men"), ("location", "Tanguieta"),
         ("event_date", "on Thursday")], geo=2),
      event(CLASH, day("2024-06-25", "Thursday", 3), JNIM, "Police Forces of Benin", KANDI, [
         ("trigger", "exchanged fire"), ("actor1", "JNIM"), ("actor2", "officers"),
         ("location", "Kandi"), ("event_date", "Three days later"),
         ("fatalities", "two policemen and four attackers were killed")], fatalities=6)]),
    # Live fire on worshippers who protest after Friday prayers; the toll disputed.
    ("dev-21", "2023-12-10",
     "Iranian security forces open fire on protesters in Zahedan, rights groups say\n\n"
     "DUBAI (Reuters) - Iranian security forces fired live rounds at Baloch worshippers who marched out of "
     "a mosque in Zahedan after Friday prayers chanting against the government, killing four of them, two "
     "human rights groups said on Saturday. State media said \"rioters\" had attacked a police station and "
     "denied that anyone had been killed by the police.",
     [event(EXCESSIVE, day("2023-12-10", "Friday"), "Protesters (Iran)", "Police Forces of Iran", ZAHEDAN, [
         ("trigger", "fired live rounds"), ("actor1", "Baloch worshippers"), ("assoc_actor_1", "Baloch"),
         ("actor2", "Iranian security forces"), ("location", "Zahedan"), ("event_date", "after Friday prayers"),
         ("fatalities", "killing four of them")], fatalities=4, assoc1="Baloch Ethnic Group (Iran)")]),
    # Royalists riot; a party as the rioters' identity group.
    ("dev-22", "2024-11-23",
     "One dead as royalist protest turns violent in Kathmandu\n\n"
     "KATHMANDU (AP) - Supporters of Nepal's former monarchy hurled stones at police, smashed the windows of a "
     "government office and torched two vehicles in Kathmandu on Friday, demanding the restoration of the monarchy "
     "abolished in 2008. Police used tear gas and later opened fire; one protester, a 24-year-old student, "
     "was killed, officials said. Rally organisers from the Rastriya Prajatantra Party blamed \"infiltrators\" "
     "for the violence.",
     [event(VIOLENT_DEMO, day("2024-11-23", "Friday"), "Rioters (Nepal)", "Police Forces of Nepal", KATHMANDU, [
         ("trigger", "hurled stones at police"), ("actor1", "Supporters of Nepal's former monarchy"),
         ("assoc_actor_1", "Rastriya Prajatantra Party"), ("actor2", "police"), ("location", "Kathmandu"),
         ("event_date", "on Friday"), ("fatalities", "one protester, a 24-year-old student")],
         fatalities=1, assoc1=RPP)]),
    # An agreement and, two days later, fighters hand in their weapons.
    ("dev-23", "2024-11-19",
     "Senegal signs peace deal with Casamance rebel faction\n\n"
     "DAKAR (Reuters) - Senegal's government and a faction of the Movement of Democratic Forces of "
     "Casamance (MFDC) signed a peace agreement in Ziguinchor on Saturday, the presidency said, the latest "
     "step towards ending Africa's oldest separatist conflict. Two days later, some 180 fighters of the "
     "faction laid down their weapons at a ceremony in the same city, officials said. \"The guns must fall "
     "silent for good,\" a faction commander told reporters.",
     [event(AGREEMENT, day("2024-11-19", "Saturday"), "Government of Senegal", MFDC, ZIGUINCHOR, [
         ("trigger", "signed a peace agreement"), ("actor1", "Senegal's government"),
         ("actor2", "Movement of Democratic Forces of Casamance (MFDC)"), ("location", "Ziguinchor"),
         ("event_date", "on Saturday")]),
      event(CHANGE, day("2024-11-19", "Saturday", 2), MFDC, "", ZIGUINCHOR, [
         ("trigger", "laid down their weapons"), ("actor1", "fighters of the faction"),
         ("location", "in the same city"), ("event_date", "Two days later")])]),
    # Mob violence against migrants, no toll.
    ("dev-24", "2024-05-15",
     "Residents attack migrants in Tunisia's Sfax after market brawl\n\n"
     "TUNIS (AFP) - Dozens of residents armed with sticks and knives attacked sub-Saharan African migrants "
     "in several neighbourhoods of Sfax on Tuesday, a day after a Tunisian trader was injured in a "
     "brawl at a vegetable market, witnesses said. Migrants were chased from their homes and some were beaten. The interior "
     "ministry said police had arrested three Tunisians and restored order.",
     [event(MOB, day("2024-05-15", "Tuesday"), "Rioters (Tunisia)", "Migrants (Tunisia)", SFAX, [
         ("trigger", "attacked"), ("actor1", "residents"), ("actor2", "sub-Saharan African migrants"),
         ("location", "Sfax"), ("event_date", "on Tuesday")])]),
    # Settlers' attack on a village near a city; the army says it "is looking into" it.
    ("dev-25", "2024-08-19",
     "Israeli Settlers Attack West Bank Village, Wounding Two\n\n"
     "RAMALLAH (AP) - Dozens of Israeli settlers stormed a Palestinian village south of Nablus on Sunday, "
     "setting fire to cars and homes and wounding two villagers, the Palestinian Red Crescent said. The "
     "Israeli army said soldiers had been sent to disperse the crowd and that the incident was being "
     "looked into. No arrests were announced.",
     [event(ATTACK, day("2024-08-19", "Sunday"), "Settlers (Israel)", "Civilians (Palestine)", NABLUS, [
         ("trigger", "stormed"), ("actor1", "Israeli settlers"), ("actor2", "villagers"),
         ("location", "Nablus"), ("event_date", "on Sunday")], geo=2)]),
    # No ACLED event: sport.
    ("dev-26", "2023-09-04",
     "Sri Lanka crush Zimbabwe as bowlers run riot in Colombo\n\n"
     "COLOMBO (Reuters) - Sri Lanka's pace attack destroyed Zimbabwe's top order on Sunday, firing out the "
     "visitors for 96 to win the second one-day international by 187 runs. A left-arm fast bowler playing "
     "his third match claimed four wickets in a devastating opening spell. \"We were blown away,\" Zimbabwe's captain said. "
     "\"Their bowlers killed us in the first ten overs.\"",
     []),
    # No ACLED event: economy.
    ("dev-27", "2023-10-26",
     "Egyptian pound plunges as central bank fires rate-hike bombshell\n\n"
     "CAIRO (Reuters) - Egypt's pound crashed to a record low on the parallel market on Wednesday "
     "after the central bank unexpectedly raised interest rates by three percentage points. "
     "Traders described a bloodbath on the Cairo bourse, where shares were hammered in early trading "
     "before recovering. Economists said the move could kill off the black market for dollars if it were followed by a devaluation.",
     []),
    # No ACLED event: a court ruling about violence long past.
    ("dev-28", "2023-11-22",
     "Zimbabwe court jails former police officer over 2019 killing\n\n"
     "HARARE (AFP) - A Zimbabwean court on Tuesday sentenced a former police officer to twenty years in "
     "prison for shooting dead a street vendor during protests in Harare in January 2019. The judge "
     "said the officer had \"fired without provocation\". Defence lawyers said they would appeal the "
     "ruling, which rights groups hailed as a rare case of accountability.",
     []),
    # No ACLED event: a natural disaster.
    ("dev-29", "2023-08-18",
     "Landslide sweeps bus into river in Nepal; twenty missing\n\n"
     "KATHMANDU (AP) - A landslide triggered by monsoon rains swept a passenger bus off a mountain road and "
     "into a swollen river in western Nepal before dawn on Friday, officials said. Rescuers recovered "
     "four bodies and twenty people were missing. Soldiers and police joined the search, but "
     "the torrent hampered divers.",
     []),
    # No ACLED event: a state visit.
    ("dev-30", "2024-05-09",
     "Tanzanian President Welcomed With 21-Gun Salute on Visit to Ethiopia\n\n"
     "ADDIS ABABA (Reuters) - Tanzania's president was welcomed with a 21-gun salute in Addis "
     "Ababa on Wednesday at the start of a two-day state visit, during which the two leaders vowed to "
     "fight terrorism together and to attack poverty in the region. Ethiopia's prime minister "
     "said the countries would \"battle side by side\" for regional trade.",
     []),
]


def build() -> list[dict]:
    return build_articles(ARTICLES, "Annotator development fixture")


if __name__ == "__main__":
    write_articles(Path(__file__).with_name("articles.jsonl"), build())

"""Regenerate articles.jsonl: 24 reports for a fourth blind held-out measure of the suggester.

Written and coded blind on 2026-12-03, before anyone ran the suggester on them: the writer did not
read the suggester's code, rules or patterns (``annotator/nlp/``, ``annotator/schema_roles.py``,
``resources/actors.yaml``), its tests (``tests/test_nlp*.py``, ``tests/test_suggest*.py``), the
other gold files (``nlp_gold``, ``learning_gold``, ``dev_gold``, ``dev_gold_2``, ``heldout_gold_2``,
``heldout_gold_3/articles.jsonl``), nor README's "Suggestions and evaluation" section, and did not
run ``annotator suggest``, ``annotator evaluate`` or the GUI on these texts. It read
``tests/data/heldout_gold_3/make_articles.py`` (for the format and conventions, not its wording,
places or incidents), ``tests/data/gold_fixture.py``, ``tests/test_gold_files.py``,
``tests/conftest.py`` and ``annotator/schema.py`` (how gold events are checked), and
``resources/schemas/acled.yaml`` for the allowed field values and sub-event types; that file was
printed whole, so its ``suggest:`` and ``triggers:`` sections were seen too, though not used for
writing or coding. The place fields come from ``annotator locate``. The incidents are invented, the
text written for this file.

Fifteen reports are wire copy (Reuters, AP, AFP, EFE, Lusa, PTI, TT); nine are in other styles: a
live blog (Ukraine), an army press release (Colombia), a police press release (Kenya), an NGO
situation report (DR Congo), a local radio bulletin translated from Hausa (Nigeria) and local press
from Japan, Bolivia (translated), Papua New Guinea and Ghana. The 24 events come from 20 countries
in Africa, Asia, Europe, the Americas and Oceania and cover 21 of ACLED's 25 sub-event types. Four
reports (a retail price war, a court verdict about an old bombing, a fuel tanker explosion, a state
visit) use violent or military words but hold no event an ACLED analyst would record; several others
carry background sentences about earlier incidents (an earlier air strike, a landmine, a gunfight, a
town's capture and recapture, a past peace accord) that are not coded. Four reports hold two events.

Coding conventions, as in the third file: ACLED actor names (``Military Forces of X``,
``Police Forces of X``, ``Protesters (X)``, ``Rioters (X)``, ``Civilians (X)``,
``Unidentified Armed Group (X)``, ``Government of X``, named groups as ACLED writes them); protesters
and rioters are actor 1 of protest and riot events and the force that intervenes actor 2; assoc
actors where the text names them (``Labour Group (X)``); the place fields (country, admin1,
coordinates) are the gazetteer's, as ``annotator locate`` gives them, and X in an actor's name is
the gazetteer's country; ``geo_precision`` 2 when the text puts the event near a town, on its edge
or outskirts, in one of its districts, or in a village the gazetteer lacks (coded at the nearest
town it has); fatalities ``null`` when the text gives no death toll (wounded only), the latest toll
when it changes, and a suicide bomber counted among the dead. Event dates are resolved from the
weekday against ``published`` with ``day()``, so they are right by construction, and so are the
evidence offsets: ``python tests/data/heldout_gold_4/make_articles.py``. Each report also carries
its own ``source`` and an example.org ``url``.
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
KANBALU = ("Myanmar", "Sagain", "Kanbalu", 23.20328, 95.51695)
APATZINGAN = ("Mexico", "Michoacan", "Apatzingan", 19.08864, -102.35704)
TENENKOU = ("Mali", "Mopti", "Tenenkou", 14.45722, -4.9169)
DNIPRO = ("Ukraine", "Dnipropetrovsk", "Dnipro", 48.46664, 35.04066)
NIKOPOL = ("Ukraine", "Dnipropetrovsk", "Nikopol", 47.56826, 34.39126)
TIBU = ("Colombia", "Norte de Santander", "Tibu", 8.63895, -72.73583)
GARISSA = ("Kenya", "Garissa", "Garissa", -0.45275, 39.64601)
OICHA = ("Democratic Republic of the Congo", "Nord Kivu", "Oicha", 0.69781, 29.51863)
DJUGU = ("Democratic Republic of the Congo", "Eastern Province", "Djugu", 1.91932, 30.50257)
TSAFE = ("Nigeria", "Zamfara", "Tsafe", 11.95775, 6.92083)
UMM_RUWABA = ("Sudan", "Shamal Kurdufan", "Umm Ruwaba", 12.9061, 31.2158)
LAKKI_MARWAT = ("Pakistan", "Khyber Pakhtunkhwa", "Lakki Marwat", 32.60724, 70.91234)
DORNAPAL = ("India", "Chhattisgarh", "Dornapal", 18.15514, 81.50858)
UPPSALA = ("Sweden", "Uppsala", "Uppsala", 59.85882, 17.63889)
NAGO = ("Japan", "Okinawa", "Nago", 26.61502, 127.98543)
BATUMI = ("Georgia", "Ajaria", "Batumi", 41.64077, 41.6306)
NAMPULA = ("Mozambique", "Nampula", "Nampula", -15.11646, 39.2666)
CHALLAPATA = ("Bolivia", "Oruro", "Challapata", -18.90208, -66.77048)
WABAG = ("Papua New Guinea", "Enga", "Wabag", -5.49119, 143.72151)
COLLIPULLI = ("Chile", "Araucania", "Collipulli", -37.95453, -72.43438)
EL_BUR = ("Somalia", "Galguduud", "El Bur", 4.68501, 46.6176)
BANGUI = ("Central African Republic", "Bangui", "Bangui", 4.36122, 18.55496)


RUSSIA = "Military Forces of Russia"
JNIM = "JNIM: Group for Support of Islam and Muslims"
ELN = "ELN: National Liberation Army"
SHABAAB = "Al Shabaab"
ADF = "ADF: Allied Democratic Forces"
CODECO = "CODECO: Cooperative for Development of the Congo"
RSF = "RSF: Rapid Support Forces"
TTP = "TTP: Tehreek-i-Taliban Pakistan"
MAOISTS = "CPI (Maoist): Communist Party of India (Maoist)"
THREE_R = "3R: Return, Reclamation, Rehabilitation"
DRC_CIVILIANS = "Civilians (Democratic Republic of the Congo)"


ARTICLES = [
    ("held4-01", "2025-02-11",
     "Myanmar military jet bombs village in Sagaing, nine bodies recovered\n\n"
     "BANGKOK (Reuters) - A Myanmar military jet bombed a village in Kanbalu township in the central "
     "Sagaing region on Sunday afternoon, and rescuers pulled the bodies of nine people, four of them "
     "children, from the ruins of a school building where displaced families had been sheltering, a local "
     "resistance official and a relief worker said. The village, Let Pan Hla, lies about 15 km (9 miles) "
     "north of the town of Kanbalu and had taken in hundreds of people who fled fighting elsewhere in the "
     "region. At least a dozen others were taken to a clinic with burns and shrapnel wounds.\n\n"
     "A spokesman for the junta did not answer calls seeking comment. The military, which seized power in "
     "a coup four years ago, has leaned increasingly on air power against an armed uprising that has "
     "pushed it out of large parts of the country. Last month an air strike on a market in the "
     "neighbouring Magway region killed at least 20 people, according to local media.",
     [event(AIR, day("2025-02-11", "Sunday"), "Military Forces of Myanmar", "Civilians (Myanmar)", KANBALU, [
         ("trigger", "bombed"), ("actor1", "A Myanmar military jet"), ("actor2", "displaced families"),
         ("location", "Kanbalu"), ("event_date", "on Sunday afternoon"),
         ("fatalities", "the bodies of nine people")], fatalities=9, geo=2)]),
    ("held4-02", "2024-06-20",
     "Gunmen ambush National Guard convoy in Mexico's Michoacán, five dead\n\n"
     "MEXICO CITY (AP) — Gunmen armed with assault rifles ambushed a National Guard convoy on a highway "
     "outside Apatzingán in the western state of Michoacán on Wednesday, setting off a firefight that "
     "killed three guardsmen and two civilians whose car was caught in the crossfire, state prosecutors "
     "said. Two more guardsmen were wounded.\n\n"
     "The attackers escaped into the hills of the Tierra Caliente region, leaving behind a burned-out "
     "pickup truck fitted with homemade armor plating, prosecutors said. Michoacán's governor said "
     "reinforcements had been flown in and promised that those responsible would be caught.\n\n"
     "Security analysts say the area is disputed by the Jalisco cartel and local gangs fighting over "
     "extortion of lime and avocado growers. The ambush was the deadliest on federal forces in the state "
     "since December, when eight soldiers were killed by a roadside mine near the town of Aguililla.",
     [event(CLASH, day("2024-06-20", "Wednesday"), "Unidentified Armed Group (Mexico)", "Military Forces of Mexico",
            APATZINGAN, [
         ("trigger", "ambushed"), ("actor1", "Gunmen armed with assault rifles"),
         ("actor2", "a National Guard convoy"), ("location", "Apatzingán"), ("event_date", "on Wednesday"),
         ("fatalities", "killed three guardsmen and two civilians")], fatalities=5, geo=2)]),
    ("held4-03", "2023-10-03",
     "Jihadists overrun army camp in central Mali town\n\n"
     "BAMAKO (AFP) - Jihadists linked to Al-Qaeda overran the army camp in Tenenkou, a town in central "
     "Mali's Mopti region, on Sunday after several hours of fighting, forcing the soldiers to fall back "
     "towards the Niger river, local officials and a security source told AFP.\n\n"
     "The Group for Support of Islam and Muslims (JNIM) said in a statement that its fighters had taken "
     "control of the camp and the town and seized weapons and vehicles. The army said in a communique on "
     "Monday that it had carried out a \"strategic withdrawal\" and that a counter-offensive was under "
     "way. Neither side gave a casualty toll.\n\n"
     "Residents reached by telephone said the fighters had raised their flag over the prefecture and were "
     "patrolling the streets on motorbikes. Mali's junta, which took power in 2020, has turned to Russian "
     "paramilitaries after pushing out French troops, but jihadist violence has spread from the north to "
     "the centre and south of the country.",
     [event(OVERTAKES, day("2023-10-03", "Sunday"), JNIM, "Military Forces of Mali", TENENKOU, [
         ("trigger", "overran"), ("actor1", "Group for Support of Islam and Muslims"), ("actor2", "the soldiers"),
         ("location", "Tenenkou"), ("event_date", "on Sunday")])]),
    ("held4-04", "2024-09-14",
     "Ukraine war live: Dnipro drone strike toll rises to four; woman hurt in Nikopol shelling\n\n"
     "Updated 14 September 2024, 11:40 Kyiv time\n\n"
     "11:40 The number of people killed by Friday night's drone strike on Dnipro has risen to four after "
     "rescuers found the body of a man under the rubble of a nine-storey block, the head of the regional "
     "military administration said. Twenty-one people were wounded, six of them children.\n\n"
     "10:15 In Nikopol, across the river from the Russian-occupied Zaporizhzhia nuclear plant, Russian "
     "artillery shelled the town centre on Saturday morning, wounding a 67-year-old woman, the governor "
     "said. The town has come under fire almost every day since the summer of 2022.\n\n"
     "08:30 Russian attack drones hit a residential area of Dnipro late on Friday, killing three "
     "residents and setting fire to a block of flats and several cars, officials said earlier. Ukraine's "
     "president said the strike showed why Kyiv needed more air defence systems from its allies.\n\n"
     "07:50 Good morning and welcome to our live coverage of the war in Ukraine.",
     [event(AIR, day("2024-09-14", "Friday"), RUSSIA, "Civilians (Ukraine)", DNIPRO, [
         ("trigger", "drone strike"), ("actor1", "Russian attack drones"), ("actor2", "residents"),
         ("location", "Dnipro"), ("event_date", "Friday night"), ("fatalities", "has risen to four")],
         fatalities=4),
      event(SHELLING, day("2024-09-14", "Saturday"), RUSSIA, "Civilians (Ukraine)", NIKOPOL, [
         ("trigger", "shelled"), ("actor1", "Russian artillery"), ("actor2", "a 67-year-old woman"),
         ("location", "Nikopol"), ("event_date", "on Saturday morning")])]),
    ("held4-05", "2025-08-09",
     "Press release 231: Second Division troops repel ELN attack in Tibú and destroy explosives\n\n"
     "Cúcuta, 9 August 2025. The National Army of Colombia, through the Thirtieth Brigade of the Second "
     "Division, informs public opinion that on Thursday troops on area-control operations in the rural "
     "area of Tibú, Norte de Santander, were attacked with rifle fire by members of the ELN's "
     "Northeastern War Front. The troops repelled the attack; in the exchange of fire one soldier lost his "
     "life and two members of the armed group were killed.\n\n"
     "On Friday, in the hamlet of Campo Dos, a specialised explosives team located and destroyed in a "
     "controlled manner eleven improvised explosive devices and 40 kilograms of explosive material that "
     "the ELN had planted along a path used by peasants and by our troops.\n\n"
     "The National Army reiterates its commitment to the protection of the civilian population of the "
     "Catatumbo, where the confrontation between the ELN and the dissidents of the former FARC's 33rd "
     "Front has displaced tens of thousands of people since January.",
     [event(CLASH, day("2025-08-09", "Thursday"), ELN, "Military Forces of Colombia", TIBU, [
         ("trigger", "attacked with rifle fire"), ("actor1", "members of the ELN"), ("actor2", "troops"),
         ("location", "Tibú"), ("event_date", "on Thursday"),
         ("fatalities", "one soldier lost his life and two members of the armed group were killed")],
         fatalities=3, geo=2),
      event(DISRUPTED, day("2025-08-09", "Friday"), "Military Forces of Colombia", ELN, TIBU, [
         ("trigger", "destroyed in a controlled manner"), ("actor1", "a specialised explosives team"),
         ("actor2", "the ELN had planted"), ("location", "Campo Dos"), ("event_date", "On Friday")], geo=2)]),
    ("held4-06", "2024-03-06",
     "National Police Service: three terror suspects arrested in Garissa\n\n"
     "PRESS RELEASE\n\n"
     "The National Police Service wishes to inform the public that on Tuesday, 5th March 2024, officers "
     "from the Anti-Terror Police Unit (ATPU), acting on intelligence, arrested three suspects believed "
     "to be members of the al-Shabaab terror group at a lodging in Garissa town.\n\n"
     "The suspects, aged between 22 and 31 years, were found in possession of two hand grenades, a "
     "pistol, several mobile phones and materials for making explosives. Preliminary investigations "
     "indicate that they were planning attacks on security installations and public places during the "
     "Easter holiday. They are being held at Garissa Police Station pending arraignment in court.\n\n"
     "The Service thanks members of the public for their continued cooperation and urges anyone with "
     "information on suspicious persons to call the toll-free numbers 999 or 112, or to report to the "
     "nearest police station.\n\n"
     "Police Spokesperson, National Police Service",
     [event(ARRESTS, day("2024-03-06", "Tuesday"), "Police Forces of Kenya", SHABAAB, GARISSA, [
         ("trigger", "arrested"), ("actor1", "officers from the Anti-Terror Police Unit"),
         ("actor2", "members of the al-Shabaab terror group"), ("location", "Garissa town"),
         ("event_date", "on Tuesday, 5th March 2024")])]),
    ("held4-07", "2023-06-16",
     "DR Congo: North Kivu and Ituri - Situation Report No. 12 (as of 16 June 2023)\n\n"
     "SITUATION OVERVIEW\n\n"
     "North Kivu: On Tuesday night, suspected fighters of the Allied Democratic Forces (ADF) attacked the "
     "village of Kisiki, about 8 km east of Oicha in Beni territory, killing civilians with machetes and "
     "firearms. Local authorities and Red Cross volunteers recovered the bodies of 14 people, among them "
     "five women and three children, the following morning; several houses and a health post were burned. "
     "Some 2,300 people have since fled towards Oicha, where partners are registering new arrivals.\n\n"
     "Ituri: On Monday, a faction of the CODECO militia set up a camp at a gold-mining site near Djugu, "
     "according to local sources, prompting partners to suspend mobile clinics in the surrounding "
     "villages as a precaution. In May, clashes between CODECO and a rival self-defence group displaced "
     "some 6,000 households in the same area.\n\n"
     "HUMANITARIAN RESPONSE\n\n"
     "Partners distributed emergency shelter kits to 1,150 households in Oicha and deployed a mobile "
     "health team. Access on the Beni-Eringeti road remains restricted to armed escorts.",
     [event(ATTACK, day("2023-06-16", "Tuesday"), ADF, DRC_CIVILIANS, OICHA, [
         ("trigger", "attacked"), ("actor1", "Allied Democratic Forces"), ("actor2", "civilians"),
         ("location", "Oicha"), ("event_date", "On Tuesday night"), ("fatalities", "the bodies of 14 people")],
         fatalities=14, geo=2),
      event(BASE, day("2023-06-16", "Monday"), CODECO, "", DJUGU, [
         ("trigger", "set up a camp"), ("actor1", "a faction of the CODECO militia"), ("location", "Djugu"),
         ("event_date", "On Monday")], geo=2)]),
    ("held4-08", "2025-01-28",
     "Pride FM Gusau, morning news in Hausa, 28 January 2025 (translated)\n\n"
     "Good morning, dear listeners. Here is the news.\n\n"
     "Armed bandits on Sunday night abducted more than twenty people from the village of Unguwar Dunu in "
     "Tsafe local government area. A resident who escaped told our correspondent that the bandits came on "
     "about forty motorcycles, shooting in the air, and went from house to house taking women and young "
     "men. He said the kidnappers have already telephoned some families to demand ransom. The Zamfara "
     "State Police Command confirmed the incident and said its men, together with soldiers, are combing "
     "the forest to rescue the victims.\n\n"
     "In other news, the state government says the distribution of fertiliser to farmers will begin next "
     "week in all fourteen local government areas.\n\n"
     "The weather: dry and dusty harmattan conditions are expected across the state today.\n\n"
     "That is the end of the news.",
     [event(ABDUCTION, day("2025-01-28", "Sunday"), "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)",
            TSAFE, [
         ("trigger", "abducted"), ("actor1", "Armed bandits"), ("actor2", "more than twenty people"),
         ("location", "Tsafe"), ("event_date", "on Sunday night")], geo=2)]),
    ("held4-09", "2024-12-19",
     "Sudan's army says it has retaken North Kordofan town from RSF\n\n"
     "CAIRO (Reuters) - Sudan's army said on Wednesday it had regained control of Umm Ruwaba, a town on "
     "the main road between the capital Khartoum and El Obeid in North Kordofan state, after driving out "
     "the paramilitary Rapid Support Forces (RSF) earlier in the day.\n\n"
     "An army spokesman said troops had inflicted heavy losses on the RSF and seized several combat "
     "vehicles. The RSF, which has been at war with the army since April 2023, did not immediately "
     "comment. Residents said the shooting had stopped by the afternoon and that soldiers were going "
     "from house to house.\n\n"
     "The RSF took Umm Ruwaba in a surprise assault in September, cutting the army's supply line to El "
     "Obeid. The war has killed tens of thousands of people and driven more than 11 million from their "
     "homes, according to the United Nations.",
     [event(REGAINS, day("2024-12-19", "Wednesday"), "Military Forces of Sudan", RSF, UMM_RUWABA, [
         ("trigger", "regained control"), ("actor1", "Sudan's army"), ("actor2", "Rapid Support Forces"),
         ("location", "Umm Ruwaba"), ("event_date", "on Wednesday")])]),
    ("held4-10", "2023-11-21",
     "Suicide bomber kills five at police checkpoint in northwest Pakistan\n\n"
     "PESHAWAR, Pakistan (AFP) - A suicide bomber on a motorcycle detonated his explosives next to a "
     "police checkpoint in the town of Lakki Marwat in northwestern Khyber Pakhtunkhwa province on "
     "Monday, killing himself, three policemen and two passers-by, officials said. Seven other people, "
     "among them a child, were wounded.\n\n"
     "\"The attacker rammed his motorbike into the barrier while officers were checking vehicles,\" a "
     "district police official told AFP by telephone.\n\n"
     "The Pakistani Taliban (TTP) claimed responsibility in a message sent to journalists. Militant "
     "attacks have surged in the province, which borders Afghanistan, since the TTP ended a ceasefire "
     "with the government in November last year. Islamabad accuses Afghanistan's Taliban rulers of "
     "sheltering the group's leaders, a charge Kabul denies.",
     [event(SUICIDE, day("2023-11-21", "Monday"), TTP, "Police Forces of Pakistan", LAKKI_MARWAT, [
         ("trigger", "suicide bomber"), ("actor1", "Pakistani Taliban"), ("actor2", "police checkpoint"),
         ("location", "Lakki Marwat"), ("event_date", "on Monday"),
         ("fatalities", "killing himself, three policemen and two passers-by")], fatalities=6)]),
    ("held4-11", "2025-04-09",
     "Two CRPF jawans injured in IED blast in Chhattisgarh's Sukma\n\n"
     "Sukma (Chhattisgarh), Apr 9 (PTI) Two Central Reserve Police Force (CRPF) personnel were injured "
     "when Maoists triggered an improvised explosive device (IED) during a road-opening operation near "
     "Dornapal in Sukma district on Tuesday, police said.\n\n"
     "The blast took place around 10.30 am when a team of the CRPF's 150th battalion was securing a "
     "stretch of road under construction, a senior police official said. The injured jawans were "
     "airlifted to Raipur and are out of danger, he said. Security forces have launched a search "
     "operation in the area.\n\n"
     "The incident comes two days after security forces killed three Maoists in a gunfight in "
     "neighbouring Bijapur district, police said.",
     [event(IED, day("2025-04-09", "Tuesday"), MAOISTS, "Police Forces of India", DORNAPAL, [
         ("trigger", "improvised explosive device"), ("actor1", "Maoists"),
         ("actor2", "Central Reserve Police Force (CRPF) personnel"), ("location", "Dornapal"),
         ("event_date", "on Tuesday")], geo=2)]),
    ("held4-12", "2024-02-27",
     "Hand grenade thrown at apartment building in Uppsala, no one hurt\n\n"
     "STOCKHOLM (TT) — A hand grenade exploded outside the entrance of an apartment building in the "
     "Gottsunda district of Uppsala late on Sunday evening, shattering windows but injuring no one, police "
     "said on Monday. Residents were evacuated for several hours while bomb technicians searched the "
     "building.\n\n"
     "Police said they believed the grenade had been thrown by one or two people who fled on foot, and "
     "that the attack was probably linked to a conflict between criminal networks in the region. No one "
     "has been arrested.\n\n"
     "\"We take this extremely seriously. Explosives thrown at people's homes put completely uninvolved "
     "people at risk,\" a police spokeswoman said.\n\n"
     "Sweden recorded about 150 bombings and explosions linked to gang violence last year, and the "
     "government has given police wider powers to search people in designated zones.",
     [event(GRENADE, day("2024-02-27", "Sunday"), "Unidentified Armed Group (Sweden)", "Civilians (Sweden)",
            UPPSALA, [
         ("trigger", "A hand grenade exploded"), ("actor1", "one or two people"),
         ("actor2", "an apartment building"), ("location", "Uppsala"), ("event_date", "late on Sunday evening")],
         geo=2)]),
    ("held4-13", "2023-05-22",
     "Some 1,200 rally at Henoko against resumed reclamation work\n\n"
     "About 1,200 people gathered on the beach in the Henoko district of Nago City on Sunday to protest "
     "against the resumption of land reclamation work for the relocation of U.S. Marine Corps Air Station "
     "Futenma. The rally, organised by a citizens' group opposed to the new base, was attended by several "
     "members of the prefectural assembly.\n\n"
     "Participants held placards reading \"No new base\" and sang together before walking to the gate of "
     "Camp Schwab, where they sat down until early evening. Riot police from the prefectural police "
     "stood by, but there were no arrests or scuffles. \"We will keep coming here as long as the dump "
     "trucks keep coming,\" said a woman from Naha who has joined the sit-ins for seven years.\n\n"
     "The national government resumed work in Oura Bay in January after the Supreme Court rejected the "
     "prefecture's lawsuit over design changes. The governor has said he will continue to seek dialogue "
     "with Tokyo.",
     [event(PEACEFUL, day("2023-05-22", "Sunday"), "Protesters (Japan)", "", NAGO, [
         ("trigger", "to protest"), ("actor1", "About 1,200 people"), ("location", "Nago"),
         ("event_date", "on Sunday")], geo=2)]),
    ("held4-14", "2025-07-15",
     "Georgian police break up Batumi port protest; thousands march again next day\n\n"
     "TBILISI (Reuters) - Police in the Georgian Black Sea city of Batumi used water cannon and tear gas "
     "on Sunday night to disperse several hundred protesters, many of them dock workers, who had blocked "
     "the road to the seaport in anger at a government plan to hand the port to a foreign operator. "
     "Seventeen people were detained, the interior ministry said.\n\n"
     "On Monday evening, thousands of people marched through the centre of the city waving Georgian flags "
     "and banners reading \"The port is ours\"; that march ended peacefully, with police keeping their "
     "distance.\n\n"
     "The government says the concession will bring investment and jobs. Unions say it will lead to mass "
     "lay-offs and have called a strike at the port for next week.",
     [event(INTERVENTION, day("2025-07-15", "Sunday"), "Protesters (Georgia)", "Police Forces of Georgia", BATUMI, [
         ("trigger", "to disperse"), ("actor1", "several hundred protesters"), ("assoc_actor_1", "dock workers"),
         ("actor2", "Police"), ("location", "Batumi"), ("event_date", "on Sunday night")],
         assoc1="Labour Group (Georgia)"),
      event(PEACEFUL, day("2025-07-15", "Monday"), "Protesters (Georgia)", "", BATUMI, [
         ("trigger", "marched"), ("actor1", "thousands of people"), ("location", "Batumi"),
         ("event_date", "On Monday evening")])]),
    ("held4-15", "2023-08-17",
     "Police shoot dead two protesters in Mozambique's Nampula\n\n"
     "MAPUTO, Aug 17 (Lusa) - Two young men were shot dead and at least six other people wounded on "
     "Wednesday when police opened fire on protesters marching against an increase in minibus fares in "
     "the northern city of Nampula, a local human rights group said.\n\n"
     "Witnesses said the march, which was heading for the municipal council, had been peaceful until "
     "officers fired live rounds into the front of the column. The provincial police command said it had "
     "opened an inquiry into the conduct of the officers involved.\n\n"
     "The Mozambican Human Rights League called for those responsible to be prosecuted. Transport "
     "operators raised fares by half this month after the government cut diesel subsidies.",
     [event(EXCESSIVE, day("2023-08-17", "Wednesday"), "Protesters (Mozambique)", "Police Forces of Mozambique",
            NAMPULA, [
         ("trigger", "opened fire"), ("actor1", "protesters"), ("actor2", "police"), ("location", "Nampula"),
         ("event_date", "on Wednesday"), ("fatalities", "Two young men were shot dead")], fatalities=2)]),
    ("held4-16", "2025-03-25",
     "Challapata: blockaders stone police trying to clear the highway\n\n"
     "Residents and transport workers blocking the Oruro-Potosí highway at Challapata threw stones and "
     "lit sticks of dynamite against police on Monday morning, when a contingent of some 200 officers "
     "tried to clear the road, which had been closed for five days. Eight police officers and three "
     "blockaders were injured, according to the departmental health service, and the police withdrew "
     "after two hours; by the afternoon the road was blocked again.\n\n"
     "The blockaders are demanding that the government guarantee diesel supplies, whose shortage has left "
     "lorries queuing for days at service stations. Four people were arrested and taken to the city of "
     "Oruro, police said. The Ombudsman's Office called on both sides to return to dialogue.\n\n"
     "Last week a similar blockade further north, at Caracollo, was lifted after an agreement with the "
     "Ministry of Public Works.",
     [event(VIOLENT_DEMO, day("2025-03-25", "Monday"), "Rioters (Bolivia)", "Police Forces of Bolivia",
            CHALLAPATA, [
         ("trigger", "threw stones"), ("actor1", "Residents"), ("assoc_actor_1", "transport workers"),
         ("actor2", "police"), ("location", "Challapata"), ("event_date", "on Monday morning")],
         assoc1="Labour Group (Bolivia)")]),
    ("held4-17", "2024-07-10",
     "Woman accused of sorcery killed by villagers near Wabag\n\n"
     "A woman in her fifties was beaten to death by a group of villagers near Wabag, Enga Province, on "
     "Saturday after she was accused of using sorcery to cause the death of a young man, police said.\n\n"
     "Enga's provincial police commander said the woman was tied up and attacked at a village about 10 km "
     "from Wabag town, in front of dozens of onlookers. Police arrived too late to save her.\n\n"
     "\"This barbaric practice must stop. Those responsible will be hunted down and charged with wilful "
     "murder,\" the commander said. Three suspects have been identified.\n\n"
     "Violence linked to sorcery accusations continues to claim lives in the Highlands, despite the "
     "repeal of the Sorcery Act in 2013 and a national action plan against it.",
     [event(MOB, day("2024-07-10", "Saturday"), "Rioters (Papua New Guinea)", "Civilians (Papua New Guinea)", WABAG, [
         ("trigger", "beaten to death"), ("actor1", "a group of villagers"), ("actor2", "A woman in her fifties"),
         ("location", "Wabag"), ("event_date", "on Saturday"), ("fatalities", "beaten to death")],
         fatalities=1, geo=2)]),
    ("held4-18", "2023-09-12",
     "Hooded gunmen torch 14 logging trucks in southern Chile\n\n"
     "SANTIAGO, Sep 12 (EFE).- A group of hooded, armed men set fire to 14 logging trucks and two pieces "
     "of heavy machinery at a forestry site on the outskirts of Collipulli, in the southern Araucanía "
     "region, early on Monday, after forcing the drivers out of their cabs at gunpoint, Carabineros "
     "police said. No one was hurt.\n\n"
     "The attackers left behind leaflets referring to the \"territorial resistance\" of the Mapuche "
     "people. No group had claimed responsibility by Monday evening. The Interior Ministry said it would "
     "file a complaint under the State Security Law.\n\n"
     "Parts of the region have been under a state of emergency since 2022, with soldiers deployed along "
     "the main roads, after years of arson attacks on forestry companies by radical groups claiming "
     "ancestral land.",
     [event(LOOTING, day("2023-09-12", "Monday"), "Unidentified Armed Group (Chile)", "Civilians (Chile)",
            COLLIPULLI, [
         ("trigger", "set fire"), ("actor1", "A group of hooded, armed men"), ("actor2", "the drivers"),
         ("location", "Collipulli"), ("event_date", "early on Monday")], geo=2)]),
    ("held4-19", "2025-05-30",
     "Al-Shabab moves into central Somali town after troops pull out\n\n"
     "MOGADISHU, Somalia (AP) — Al-Shabab fighters moved into the town of El Bur in Somalia's central "
     "Galgaduud region on Thursday without firing a shot, hours after government troops pulled out of "
     "their base there, residents and a local elder said.\n\n"
     "The extremists raised their black flag over the district headquarters and summoned elders to a "
     "meeting, resident Abdullahi Nur told The Associated Press by phone. Many families had already left "
     "for nearby villages, fearing airstrikes.\n\n"
     "A military official, who spoke on condition of anonymity because he was not authorized to speak to "
     "reporters, said the withdrawal was tactical and meant to reinforce positions around Dhusamareb.\n\n"
     "The government took El Bur from al-Shabab two years ago in an offensive it said would drive the "
     "group out of central Somalia.",
     [event(TRANSFER, day("2025-05-30", "Thursday"), SHABAAB, "Military Forces of Somalia", EL_BUR, [
         ("trigger", "moved into"), ("actor1", "Al-Shabab fighters"), ("actor2", "government troops"),
         ("location", "El Bur"), ("event_date", "on Thursday")])]),
    ("held4-20", "2024-04-26",
     "C. African government, 3R rebels sign ceasefire in Bangui\n\n"
     "BANGUI (AFP) - The Central African Republic's government and the 3R rebel group signed a ceasefire "
     "agreement in the capital Bangui on Thursday, committing the militia to halt attacks in the "
     "northwest and to send its fighters to disarmament sites within 60 days, officials said.\n\n"
     "The deal was signed by the minister in charge of disarmament and a delegation of the group at a "
     "ceremony attended by the head of the UN peacekeeping mission MINUSCA.\n\n"
     "3R, which says it defends minority Fulani herders, was among the armed groups that signed a peace "
     "accord in 2019 before joining a rebel coalition that tried to march on Bangui the following year. "
     "The group has been accused of killings and rapes in the Ouham-Pende prefecture, near the borders "
     "with Cameroon and Chad.",
     [event(AGREEMENT, day("2024-04-26", "Thursday"), "Government of Central African Republic", THREE_R, BANGUI, [
         ("trigger", "signed a ceasefire agreement"), ("actor1", "The Central African Republic's government"),
         ("actor2", "the 3R rebel group"), ("location", "Bangui"), ("event_date", "on Thursday")])]),
    ("held4-21", "2024-10-17",
     "Polish grocers' price war claims another casualty\n\n"
     "WARSAW (Reuters) - The price war raging among Poland's discount grocers claimed another casualty on "
     "Wednesday, when a regional supermarket chain with 140 stores said it would sell itself to a larger "
     "rival after months of losses.\n\n"
     "The battle began last year when the two biggest chains launched an offensive on prices of bread, "
     "butter and eggs, bombarding shoppers with coupons and loyalty-app discounts. Smaller players, caught "
     "in the crossfire, have been forced to retreat from smaller towns.\n\n"
     "\"Nobody wins this war, it is a war of attrition,\" said an analyst at a Warsaw brokerage. \"A "
     "ceasefire would only come if one of the big two blinked first.\"\n\n"
     "Shares in the buyer rose 4% on the Warsaw Stock Exchange. Competition authorities said they would "
     "examine the deal.",
     []),
    ("held4-22", "2025-09-25",
     "Tanzanian court convicts two men over 2021 Arusha bus station bombing\n\n"
     "DAR ES SALAAM, Tanzania (AP) — A Tanzanian court on Wednesday convicted two men of terrorism and "
     "murder over a 2021 bombing at a bus station in the northern city of Arusha that killed four people "
     "and wounded more than 30.\n\n"
     "Judge Maria Kessy said the prosecution had proved that the men assembled the explosive device in a "
     "rented room and left it in a bag next to a ticket office during the morning rush. They were "
     "sentenced to life in prison. A third defendant was acquitted for lack of evidence.\n\n"
     "The men were arrested in neighboring Kenya months after the attack and handed over to Tanzania. "
     "Defense lawyers said they would appeal.",
     []),
    ("held4-23", "2024-01-15",
     "Nine dead as fuel tanker explodes near Wenchi\n\n"
     "Nine people died and 17 others were injured when a fuel tanker exploded after colliding with a "
     "passenger minibus on the Wenchi-Techiman highway on Saturday evening.\n\n"
     "According to the Ghana National Fire Service, the tanker, which was carrying 45,000 litres of "
     "petrol, overturned and burst into flames, engulfing the minibus and two motorbikes. Firefighters "
     "battled the blaze for more than three hours. The bodies of the victims, most of them burned beyond "
     "recognition, have been deposited at the Wenchi Methodist Hospital morgue.\n\n"
     "The Municipal Police Commander said the tanker driver was among the dead. He cautioned residents "
     "against scooping fuel from crashed tankers, recalling a similar explosion two years ago.",
     []),
    ("held4-24", "2023-08-26",
     "Brazilian president in Angola to boost trade, defence ties\n\n"
     "LUANDA (AFP) - Brazil's president arrived in Angola on Friday for a two-day state visit aimed at "
     "reviving trade and defence cooperation, and was welcomed at the airport with a 21-gun salute and a "
     "guard of honour.\n\n"
     "The two leaders discussed joint naval patrols against piracy in the Gulf of Guinea, the training of "
     "Angolan officers in Brazilian military academies and credit lines for Brazilian construction firms, "
     "officials said. Seven cooperation memoranda were signed, on agriculture, health and higher "
     "education.\n\n"
     "Brazil was the first country to recognise Angola's independence in 1975 and is home to a large "
     "Angolan community. The visit is the president's first to Africa since returning to office.",
     []),
]

# Where each report came from: its source and a made-up address.
SOURCES = {
    "held4-01": "Reuters", "held4-02": "Associated Press", "held4-03": "AFP",
    "held4-04": "Live blog (Ukraine war)", "held4-05": "National Army of Colombia",
    "held4-06": "National Police Service (Kenya)", "held4-07": "Humanitarian situation report (DR Congo)",
    "held4-08": "Pride FM Gusau (translated)", "held4-09": "Reuters", "held4-10": "AFP", "held4-11": "PTI",
    "held4-12": "TT News Agency", "held4-13": "Okinawa local press", "held4-14": "Reuters", "held4-15": "Lusa",
    "held4-16": "Bolivian regional press (translated)", "held4-17": "Papua New Guinea local press",
    "held4-18": "EFE", "held4-19": "Associated Press", "held4-20": "AFP", "held4-21": "Reuters",
    "held4-22": "Associated Press", "held4-23": "Ghanaian local press", "held4-24": "AFP",
}


def build() -> list[dict]:
    return build_articles(
        ARTICLES, "Annotator held-out fixture", sources=SOURCES, urls="https://example.org/heldout4/{id}"
    )


if __name__ == "__main__":
    write_articles(Path(__file__).with_name("articles.jsonl"), build())

"""Regenerate articles.jsonl: 24 wire-style reports for a held-out measure of the suggester.

The suggester's rules were tuned on the lead's own reports (``tests/data/nlp_gold``, the samples);
these 24 were written and coded blind, before anyone ran the suggester on them and without reading
its rules or patterns, so they measure how it generalises. They come from 23 countries in Africa,
the Middle East, Asia and Latin America and cover 19 of ACLED's sub-event types; four (economy,
sport, diplomacy, a court ruling) hold no event an ACLED analyst would record.

Coding conventions: ACLED actor names (``Military Forces of X``, ``Protesters (X)``, named groups
as ACLED writes them); protesters are actor 1 of every protest event and the police who intervene
actor 2; the place fields (country, admin1, coordinates) are the gazetteer's, as
``annotator locate`` gives them; ``geo_precision`` 2 when the text puts the event near a town, in
its outskirts or district; fatalities ``null`` when the text gives no death toll. Event dates are
resolved from the weekday against ``published`` here (the last such day on or before it), so they
are right by construction, and so are the evidence offsets:
``python tests/data/heldout_gold/make_articles.py``.
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
    CLASH,
    EXCESSIVE,
    IED,
    INTERVENTION,
    LOOTING,
    MOB,
    OVERTAKES,
    PEACEFUL,
    REGAINS,
    SHELLING,
    SUICIDE,
    VIOLENT_DEMO,
    build_articles,
    day,
    event,
    write_articles,
)

# Places as the gazetteer has them: (country, admin1, location, latitude, longitude).
AFGOOYE = ("Somalia", "Lower Shabeelle", "Afgooye", 2.1381, 45.1212)
DAMBOA = ("Nigeria", "Borno", "Damboa", 11.15534, 12.75638)
DOUENTZA = ("Mali", "Mopti", "Douentza", 15.00605, -2.9517)
RUTSHURU = ("Democratic Republic of the Congo", "Nord Kivu", "Rutshuru", -1.18666, 29.44669)
ARIHA = ("Syria", "Idlib", "Ariha", 35.81374, 36.60964)
SARMIN = ("Syria", "Idlib", "Sarmin", 35.90403, 36.72501)
EL_FASHER = ("Sudan", "Northern Darfur", "El Fasher", 13.62793, 25.34936)
NAIROBI = ("Kenya", "Nairobi Area", "Nairobi", -1.28333, 36.81667)
SANTIAGO = ("Chile", "Santiago Metropolitan", "Santiago", -33.45694, -70.64827)
GAZIPUR = ("Bangladesh", "Dhaka", "Gazipur", 23.99844, 90.42234)
RAMGARH = ("India", "Jharkhand", "Ramgarh", 23.6303, 85.52156)
KANBALU = ("Myanmar", "Sagain", "Kanbalu", 23.20328, 95.51695)
SHWEBO = ("Myanmar", "Sagain", "Shwebo", 22.56925, 95.69818)
SARAVENA = ("Colombia", "Arauca", "Saravena", 6.96319, -71.8823)
CELAYA = ("Mexico", "Guanajuato", "Celaya", 20.52181, -100.81399)
MOCIMBOA = ("Mozambique", "Cabo Delgado", "Mocimboa da Praia", -11.35172, 40.35158)
TERA = ("Niger", "Tillaberi", "Tera", 14.00776, 0.75306)
LAHORE = ("Pakistan", "Punjab", "Lahore", 31.558, 74.35071)
KUNDUZ = ("Afghanistan", "Kunduz", "Kunduz", 36.72895, 68.857)
NASIRIYAH = ("Iraq", "Dhi Qar", "Nasiriyah", 31.05799, 46.25726)
BANGUI = ("Central African Republic", "Bangui", "Bangui", 4.36122, 18.55496)
WAD_MADANI = ("Sudan", "Al Jazirah", "Wad Madani", 14.40118, 33.51989)


BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
JNIM = "JNIM: Group for Support of Islam and Muslims"
M23 = "M23: March 23 Movement"  # ACLED's name (was "M23 - ...", corrected in round 5)
RSF = "Rapid Support Forces"
PTI = "PTI: Pakistan Tehreek-i-Insaf"


ARTICLES = [
    ("held-01", "2024-02-16",
     "Roadside bomb kills five Somali soldiers near Afgooye\n\n"
     "MOGADISHU (Reuters) - A roadside bomb tore through a Somali army vehicle near Afgooye on Thursday, "
     "killing five soldiers, a military officer said. Al Shabaab, the al Qaeda-linked insurgent group, "
     "claimed responsibility for the blast in a statement on its Andalus radio station.",
     [event(IED, day("2024-02-16", "Thursday"), "Al Shabaab", "Military Forces of Somalia", AFGOOYE, [
         ("trigger", "roadside bomb"), ("actor1", "Al Shabaab"), ("actor2", "Somali army vehicle"),
         ("location", "Afgooye"), ("event_date", "on Thursday"), ("fatalities", "killing five soldiers")],
         fatalities=5, geo=2)]),
    ("held-02", "2024-03-12",
     "Suspected Boko Haram fighters abduct dozens of farmers in Borno\n\n"
     "MAIDUGURI, Nigeria (AP) — Suspected Boko Haram fighters abducted at least 40 farmers who were "
     "working on their fields outside Damboa in northeast Nigeria's Borno state on Saturday, residents "
     "and a militia leader said. The insurgents rounded up the men at gunpoint and marched them into "
     "the bush, said Bukar Modu, a member of a local vigilante group.",
     [event(ABDUCTION, day("2024-03-12", "Saturday"), BOKO_HARAM, "Civilians (Nigeria)", DAMBOA, [
         ("trigger", "abducted"), ("actor1", "Suspected Boko Haram fighters"), ("actor2", "farmers"),
         ("location", "Damboa"), ("event_date", "on Saturday")], geo=2)]),
    ("held-03", "2024-05-07",
     "Jihadists attack army post in central Mali\n\n"
     "BAMAKO (Reuters) - Fighters from the al Qaeda-affiliated JNIM attacked a military post in Douentza "
     "in central Mali on Sunday, sparking hours of fighting in which 11 soldiers and around 20 assailants "
     "were killed, two security sources said. The army said in a statement that it had repelled the attack.",
     [event(CLASH, day("2024-05-07", "Sunday"), JNIM, "Military Forces of Mali", DOUENTZA, [
         ("trigger", "attacked"), ("actor1", "JNIM"), ("actor2", "military post"), ("location", "Douentza"),
         ("event_date", "on Sunday"), ("fatalities", "11 soldiers and around 20 assailants were killed")],
         fatalities=31)]),
    ("held-04", "2022-10-30",
     "M23 rebels seize eastern Congo town of Rutshuru\n\n"
     "GOMA, Democratic Republic of Congo (Reuters) - M23 rebels took control of the town of Rutshuru in "
     "eastern Congo's North Kivu province on Saturday after Congolese troops and allied militias pulled "
     "out, residents and a local official said. Thousands of people fled towards Goma, some 70 km to the "
     "south.",
     [event(OVERTAKES, day("2022-10-30", "Saturday"), M23,
            "Military Forces of the Democratic Republic of Congo", RUTSHURU, [
         ("trigger", "took control of"), ("actor1", "M23 rebels"), ("actor2", "Congolese troops"),
         ("location", "Rutshuru"), ("event_date", "on Saturday")])]),
    ("held-05", "2023-10-10",
     "Air strike and shelling kill eight in Syria's Idlib\n\n"
     "AMMAN (Reuters) - Syrian government warplanes struck a market in the town of Ariha in Idlib province "
     "on Monday, killing six civilians, rescuers from the White Helmets said. Separately, two people died "
     "when artillery shells fired by government forces landed on homes in Sarmin, east of Idlib city, "
     "the rescue group said.",
     [event(AIR, day("2023-10-10", "Monday"), "Military Forces of Syria", "Civilians (Syria)", ARIHA, [
         ("trigger", "struck"), ("actor1", "Syrian government warplanes"), ("actor2", "civilians"),
         ("location", "Ariha"), ("event_date", "on Monday"), ("fatalities", "killing six civilians")],
         fatalities=6),
      event(SHELLING, day("2023-10-10", "Monday"), "Military Forces of Syria", "Civilians (Syria)", SARMIN, [
         ("trigger", "artillery shells"), ("actor1", "government forces"), ("actor2", "two people"),
         ("location", "Sarmin"), ("event_date", "on Monday"), ("fatalities", "two people died")],
         fatalities=2)]),
    ("held-06", "2024-06-15",
     "Shelling kills at least 15 in Sudan's El Fasher\n\n"
     "At least 15 people were killed on Friday when the paramilitary Rapid Support Forces shelled a crowded "
     "neighbourhood of El Fasher, the capital of North Darfur state, a medical charity said. The RSF, which "
     "has been at war with the army since April last year, has besieged the city for weeks.",
     [event(SHELLING, day("2024-06-15", "Friday"), RSF, "Civilians (Sudan)", EL_FASHER, [
         ("trigger", "shelled"), ("actor1", "Rapid Support Forces"), ("actor2", "people"),
         ("location", "El Fasher"), ("event_date", "on Friday"),
         ("fatalities", "At least 15 people were killed")], fatalities=15)]),
    ("held-07", "2024-06-18",
     "Kenyan police fire tear gas at Nairobi tax protesters\n\n"
     "NAIROBI (AFP) - Kenyan police fired tear gas and water cannon on Tuesday to disperse hundreds of "
     "demonstrators who had gathered in central Nairobi to protest against proposed tax increases. "
     "Witnesses said several protesters were detained, but no injuries were reported.",
     [event(INTERVENTION, day("2024-06-18", "Tuesday"), "Protesters (Kenya)", "Police Forces of Kenya", NAIROBI, [
         ("trigger", "fired tear gas"), ("actor1", "demonstrators"), ("actor2", "Kenyan police"),
         ("location", "Nairobi"), ("event_date", "on Tuesday")])]),
    ("held-08", "2024-04-11",
     "Chilean students march for debt relief\n\n"
     "SANTIAGO, April 11 (Reuters) - Tens of thousands of students marched through downtown Santiago on "
     "Thursday, demanding that the government of President Gabriel Boric cancel student debt. The march, "
     "organised by the Confech student federation, ended peacefully outside the La Moneda presidential "
     "palace.",
     [event(PEACEFUL, day("2024-04-11", "Thursday"), "Protesters (Chile)", "", SANTIAGO, [
         ("trigger", "marched"), ("actor1", "students"), ("assoc_actor_1", "students"),
         ("location", "Santiago"), ("event_date", "on Thursday")],
         assoc1="Students (Chile)")]),
    ("held-09", "2023-10-31",
     "Bangladesh garment workers torch factories in wage protest\n\n"
     "DHAKA (Reuters) - Thousands of garment workers demanding higher wages hurled stones at police and "
     "set fire to two factories in Gazipur, an industrial hub north of Dhaka, on Monday, police said. "
     "Officers fired rubber bullets and tear gas, and one worker was killed, a police official said.",
     [event(VIOLENT_DEMO, day("2023-10-31", "Monday"), "Rioters (Bangladesh)", "Police Forces of Bangladesh",
            GAZIPUR, [
         ("trigger", "hurled stones"), ("actor1", "garment workers"), ("assoc_actor_1", "garment workers"),
         ("actor2", "police"), ("location", "Gazipur"), ("event_date", "on Monday"),
         ("fatalities", "one worker was killed")],
         fatalities=1, assoc1="Labour Group (Bangladesh)")]),
    ("held-10", "2023-08-21",
     "Man beaten to death by mob in India's Jharkhand over theft rumour\n\n"
     "RANCHI, India, Aug 21 (Reuters) - A man was beaten to death by a mob in Ramgarh district of the "
     "eastern Indian state of Jharkhand on Sunday after villagers accused him of stealing a motorcycle, "
     "police said. Four people have been detained, a district police officer said.",
     [event(MOB, day("2023-08-21", "Sunday"), "Rioters (India)", "Civilians (India)", RAMGARH, [
         ("trigger", "beaten to death"), ("actor1", "a mob"), ("actor2", "A man"), ("location", "Ramgarh"),
         ("event_date", "on Sunday"), ("fatalities", "A man was beaten to death")], fatalities=1, geo=2)]),
    ("held-11", "2024-01-26",
     "Myanmar air strike kills villagers in Sagaing; resistance fighters ambush convoy\n\n"
     "A Myanmar military jet bombed a village school near Kanbalu in the central Sagaing region on "
     "Wednesday, killing at least nine people, including four children, a local resistance group and "
     "residents said. In a separate incident the same day, fighters of the People's Defence Force "
     "ambushed an army convoy on the road to Shwebo, the group said, claiming to have killed 12 soldiers.",
     [event(AIR, day("2024-01-26", "Wednesday"), "Military Forces of Myanmar", "Civilians (Myanmar)", KANBALU, [
         ("trigger", "bombed"), ("actor1", "Myanmar military jet"), ("actor2", "village school"),
         ("location", "Kanbalu"), ("event_date", "on Wednesday"),
         ("fatalities", "killing at least nine people")], fatalities=9, geo=2),
      event(CLASH, day("2024-01-26", "Wednesday"), "PDF: People's Defence Force", "Military Forces of Myanmar",
            SHWEBO, [
         ("trigger", "ambushed"), ("actor1", "fighters of the People's Defence Force"),
         ("actor2", "army convoy"), ("location", "Shwebo"), ("event_date", "the same day"),
         ("fatalities", "killed 12 soldiers")], fatalities=12, geo=2)]),
    ("held-12", "2024-09-15",
     "Five killed as Colombian troops, ELN rebels clash near Venezuelan border\n\n"
     "BOGOTA (Reuters) - Three Colombian soldiers and two guerrillas from the National Liberation Army (ELN) "
     "were killed in fighting in the municipality of Saravena, in the eastern province of Arauca, the army "
     "said on Sunday. The clashes broke out on Saturday when a patrol came under fire, it said.",
     [event(CLASH, day("2024-09-15", "Saturday"), "ELN: National Liberation Army", "Military Forces of Colombia",
            SARAVENA, [
         ("trigger", "fighting"), ("actor1", "National Liberation Army"), ("actor2", "Colombian soldiers"),
         ("location", "Saravena"), ("event_date", "on Saturday"),
         ("fatalities", "Three Colombian soldiers and two guerrillas")], fatalities=5, geo=2)]),
    ("held-13", "2024-03-03",
     "Gunmen kill seven at bar in central Mexico\n\n"
     "MEXICO CITY (AP) — Armed men burst into a bar in the city of Celaya in the central state of "
     "Guanajuato late Saturday and opened fire on customers, killing seven people and wounding three, "
     "state prosecutors said. No arrests had been made by Sunday evening.",
     [event(ATTACK, day("2024-03-03", "Saturday"), "Unidentified Armed Group (Mexico)", "Civilians (Mexico)",
            CELAYA, [
         ("trigger", "opened fire"), ("actor1", "Armed men"), ("actor2", "customers"), ("location", "Celaya"),
         ("event_date", "late Saturday"), ("fatalities", "killing seven people")], fatalities=7)]),
    ("held-14", "2021-08-08",
     "Mozambican, Rwandan troops retake port town from insurgents\n\n"
     "MAPUTO (Reuters) - Mozambican and Rwandan troops have recaptured the port town of Mocimboa da Praia "
     "in Cabo Delgado province from Islamic State-linked insurgents who had held it for a year, Rwanda's "
     "military said on Sunday. The town was retaken on Saturday after heavy fighting, a spokesman said, "
     "without giving a death toll.",
     [event(REGAINS, day("2021-08-08", "Saturday"), "Military Forces of Mozambique", "Islamic State", MOCIMBOA, [
         ("trigger", "recaptured"), ("actor1", "Mozambican"), ("assoc_actor_1", "Rwandan troops"),
         ("actor2", "Islamic State-linked insurgents"), ("location", "Mocimboa da Praia"),
         ("event_date", "on Saturday")], assoc1="Military Forces of Rwanda")]),
    ("held-15", "2024-02-05",
     "Gunmen kill 12 villagers at wedding in western Niger\n\n"
     "NIAMEY, Feb 5 (Reuters) - Unidentified gunmen on motorcycles killed twelve villagers in an attack on a "
     "village near Tera in Niger's Tillaberi region, close to the border with Burkina Faso, a local official "
     "said on Monday. The attack happened on Saturday evening as residents gathered for a wedding, he said.",
     [event(ATTACK, day("2024-02-05", "Saturday"), "Unidentified Armed Group (Niger)", "Civilians (Niger)", TERA, [
         ("trigger", "attack"), ("actor1", "Unidentified gunmen"), ("actor2", "villagers"), ("location", "Tera"),
         ("event_date", "on Saturday evening"), ("fatalities", "killed twelve villagers")],
         fatalities=12, geo=2)]),
    ("held-16", "2023-05-11",
     "Pakistan arrests opposition leaders; supporters tear-gassed in Lahore\n\n"
     "LAHORE, Pakistan (Reuters) - Police in Pakistan's Punjab province arrested at least a dozen senior "
     "leaders of former Prime Minister Imran Khan's Pakistan Tehreek-e-Insaf (PTI) party in raids across "
     "Lahore on Tuesday, the party said. When hundreds of PTI supporters gathered outside the city's police "
     "headquarters the next day to demand their release, officers fired tear gas and baton-charged the "
     "crowd, witnesses said.",
     [event(ARRESTS, day("2023-05-11", "Tuesday"), "Police Forces of Pakistan", PTI, LAHORE, [
         ("trigger", "arrested"), ("actor1", "Police"), ("actor2", "Pakistan Tehreek-e-Insaf (PTI)"),
         ("location", "Lahore"), ("event_date", "on Tuesday")]),
      event(INTERVENTION, day("2023-05-11", "Tuesday", 1), "Protesters (Pakistan)", "Police Forces of Pakistan",
            LAHORE, [
         ("trigger", "fired tear gas"), ("actor1", "PTI supporters"), ("assoc_actor_1", "PTI"),
         ("actor2", "officers"), ("location", "Lahore"),
         ("event_date", "the next day")], assoc1=PTI)]),
    ("held-17", "2021-10-08",
     "Suicide bomber kills dozens at Shi'ite mosque in Afghanistan's Kunduz\n\n"
     "KABUL (AP) — A suicide bomber blew himself up inside a Shi'ite mosque in the northern city of Kunduz "
     "during Friday prayers, killing at least 46 worshippers, a Taliban official said. The Islamic State "
     "group's affiliate in Afghanistan claimed the attack.",
     [event(SUICIDE, day("2021-10-08", "Friday"), "Islamic State", "Civilians (Afghanistan)", KUNDUZ, [
         ("trigger", "suicide bomber blew himself up"), ("actor1", "Islamic State"), ("actor2", "worshippers"),
         ("location", "Kunduz"), ("event_date", "during Friday prayers"),
         ("fatalities", "killing at least 46 worshippers")], fatalities=46)]),
    ("held-18", "2023-07-13",
     "Three protesters shot dead in southern Iraq\n\n"
     "NASIRIYAH, Iraq (Reuters) - Iraqi security forces opened fire with live ammunition on protesters who "
     "were trying to storm a provincial government building in Nasiriyah on Wednesday, killing three of "
     "them and wounding dozens, medical sources said. The demonstrators were demanding jobs and better "
     "electricity supplies.",
     [event(EXCESSIVE, day("2023-07-13", "Wednesday"), "Protesters (Iraq)", "Police Forces of Iraq", NASIRIYAH, [
         ("trigger", "opened fire with live ammunition"), ("actor1", "protesters"),
         ("actor2", "Iraqi security forces"), ("location", "Nasiriyah"), ("event_date", "on Wednesday"),
         ("fatalities", "killing three of them")], fatalities=3)]),
    ("held-19", "2023-04-15",
     "Central African Republic signs ceasefire with 3R rebels\n\n"
     "BANGUI (Reuters) - The government of Central African Republic and the 3R rebel group signed a "
     "ceasefire agreement in the capital Bangui on Thursday, the presidency said, raising hopes of an end "
     "to fighting in the country's northwest. Under the deal, 3R fighters are to gather at designated sites "
     "to be disarmed.",
     [event(AGREEMENT, day("2023-04-15", "Thursday"), "Government of Central African Republic",
            "3R: Return, Reclamation, Rehabilitation", BANGUI, [
         ("trigger", "signed a ceasefire agreement"),
         ("actor1", "The government of Central African Republic"), ("actor2", "3R rebel group"),
         ("location", "Bangui"), ("event_date", "on Thursday")])]),
    ("held-20", "2023-12-20",
     "RSF fighters loot Sudan's Wad Madani after seizing city, residents say\n\n"
     "KHARTOUM, Dec 20 (Reuters) - Fighters from Sudan's Rapid Support Forces looted shops and homes in the "
     "city of Wad Madani on Tuesday, a day after seizing the capital of Gezira state from the army, "
     "residents said. Cars and grain stores were also taken, according to a local resistance committee.",
     [event(LOOTING, day("2023-12-20", "Tuesday"), RSF, "Civilians (Sudan)", WAD_MADANI, [
         ("trigger", "looted"), ("actor1", "Rapid Support Forces"), ("actor2", "shops and homes"),
         ("location", "Wad Madani"), ("event_date", "on Tuesday")]),
      event(OVERTAKES, day("2023-12-20", "Tuesday", -1), RSF, "Military Forces of Sudan", WAD_MADANI, [
         ("trigger", "seizing"), ("actor1", "Rapid Support Forces"), ("actor2", "the army"),
         ("location", "Wad Madani"), ("event_date", "a day after")])]),
    ("held-21", "2024-04-10",
     "Ghana's inflation eases for third month as cedi steadies\n\n"
     "ACCRA (Reuters) - Ghana's annual consumer inflation slowed to 25.8% in March from 26.4% in February, "
     "the statistics service said on Wednesday, the third straight monthly decline. Analysts said the "
     "figures strengthened the case for the central bank to cut its main lending rate, after the cedi was "
     "hit hard last year by the country's debt crisis.",
     []),
    ("held-22", "2024-01-25",
     "Morocco beat Zambia to top Africa Cup group\n\n"
     "SAN PEDRO, Ivory Coast (Reuters) - Morocco beat Zambia 1-0 on Wednesday to finish top of Group F at "
     "the Africa Cup of Nations, with striker Hakim Ziyech firing home the only goal after 37 minutes. "
     "Zambia, who needed a win, pressed forward in the second half but their attack lacked a cutting edge "
     "and they were eliminated.",
     []),
    ("held-23", "2024-08-29",
     "Indonesia, Australia sign defence cooperation pact\n\n"
     "JAKARTA (AP) — Indonesia and Australia signed a defence cooperation agreement in Jakarta on Thursday "
     "that allows their forces to train and operate from each other's bases, officials said. Indonesian "
     "Defence Minister Prabowo Subianto, who takes office as president in October, called the pact a "
     "milestone.",
     []),
    ("held-24", "2024-06-26",
     "Brazil's Supreme Court decriminalises marijuana possession for personal use\n\n"
     "BRASILIA (Reuters) - Brazil's Supreme Court ruled on Tuesday that carrying small amounts of marijuana "
     "for personal use is not a crime, a decision that could reduce the number of people held in the "
     "country's overcrowded prisons. Eight of the court's 11 justices voted in favour; the ruling will "
     "take effect once the court sets the quantity that distinguishes users from traffickers.",
     []),
]


def build() -> list[dict]:
    return build_articles(ARTICLES, "Annotator held-out fixture")


if __name__ == "__main__":
    write_articles(Path(__file__).with_name("articles.jsonl"), build())

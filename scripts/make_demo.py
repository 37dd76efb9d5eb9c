"""Builds demo.jsonl from the articles below (run once; the JSONL is what the app loads).

The reports are written for this project: plausible wire-style stories, not real ones.
"""

import json
from pathlib import Path

ARTICLES = [
    {
        "id": "demo-kessa-offensive",
        "source": "Demo Wire",
        "published": "2024-05-14",
        "title": "Army retakes border town of Kessa from rebels",
        "text": (
            "Army retakes border town of Kessa from rebels\n\n"
            "Malian troops backed by Burkinabe forces recaptured the border town of Kessa from "
            "Jama'at Nusrat al-Islam wal-Muslimin fighters on Sunday, the defence ministry said.\n\n"
            "At least 12 soldiers were killed in the fighting, according to a military source. "
            "The militants had seized the town in March 2024.\n\n"
            "Residents said the army now controls the market and the main road to Gao."
        ),
    },
    {
        "id": "demo-aleppo-strikes",
        "source": "Demo Wire",
        "published": "2023-11-09",
        "title": "Air strikes hit villages near Idlib",
        "text": (
            "Air strikes hit villages near Idlib\n\n"
            "Russian warplanes bombarded villages near Idlib on Tuesday, killing nine civilians, "
            "rescue workers said.\n\n"
            "The strikes hit a market in Maarat al-Numan and a school outside Saraqib. "
            "Syrian government forces shelled positions of Hayat Tahrir al-Sham the same day.\n\n"
            "No group has commented on the attacks."
        ),
    },
    {
        "id": "demo-nairobi-protest",
        "source": "Demo Wire",
        "published": "2024-06-26",
        "title": "Police fire tear gas at Nairobi tax protest",
        "text": (
            "Police fire tear gas at Nairobi tax protest\n\n"
            "Thousands of protesters marched through Nairobi on Tuesday against a proposed finance "
            "bill. Police fired tear gas to disperse the crowd near parliament.\n\n"
            "Organisers said the demonstration was peaceful until officers moved in. "
            "Rights groups said at least two people were killed."
        ),
    },
    {
        "id": "demo-borno-abduction",
        "source": "Demo Wire",
        "published": "2024-03-08",
        "title": "Gunmen abduct pupils in northeast Nigeria",
        "text": (
            "Gunmen abduct pupils in northeast Nigeria\n\n"
            "Boko Haram militants abducted more than 80 pupils from a school in Gwoza, Borno state, "
            "on Thursday, local officials said.\n\n"
            "The attackers arrived on motorcycles before dawn. Nigerian troops were deployed to search "
            "the nearby forest. Yesterday, a separate attack near Maiduguri left three farmers dead."
        ),
    },
    {
        "id": "demo-kandahar-arrests",
        "source": "Demo Wire",
        "published": "2023-08-02",
        "title": "Taliban detain journalists in Kandahar",
        "text": (
            "Taliban detain journalists in Kandahar\n\n"
            "Taliban fighters detained four journalists in Kandahar last week after they filmed a "
            "women's protest, a press freedom group said on Wednesday.\n\n"
            "The journalists were released after two days. The group called the arrests a threat to "
            "independent reporting in Afghanistan."
        ),
    },
    {
        "id": "demo-khartoum-clashes",
        "source": "Demo Wire",
        "published": "2023-04-17",
        "title": "Fighting rages in Khartoum for a third day",
        "text": (
            "Fighting rages in Khartoum for a third day\n\n"
            "Sudanese army units clashed with the Rapid Support Forces in Khartoum on Monday as "
            "fighting entered its third day, residents said.\n\n"
            "Dozens of people were killed, medics said, without giving a precise figure. "
            "The RSF said it had captured the airport in Omdurman, a claim the army denied."
        ),
    },
]


def main() -> None:
    out = Path(__file__).resolve().parent.parent / "resources" / "demo" / "demo.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for article in ARTICLES:
            record = {
                "id": article["id"],
                "title": article["title"],
                "source": article["source"],
                "url": None,
                "published": article["published"],
                "text": article["text"],
                "events": [],
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

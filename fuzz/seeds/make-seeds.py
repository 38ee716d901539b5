"""Writes seed inputs for the share_link and saved_state fuzz targets: a share payload of our
own writing with one correction of each kind, as a `.json` file and as a `#a=1.` link (zlib +
base64url, the format of src/share.rs), plus an autosaved state. Run by scripts/fuzz."""
import base64
import json
import os
import sys
import zlib

TEXT = ("Mayor Elena Vasquez met the Harbour Board in Port Ellis on Tuesday.\n\n"
        "\u201cWe will rebuild the pier by May,\u201d Vasquez said.")


def anchor(surface):
    start = TEXT.index(surface)
    return {"start": start, "end": start + len(surface), "text": surface}


CORRECTIONS = [
    {"op": "set_type", "entity": anchor("Harbour Board"), "type": "ORG"},
    {"op": "add_entity", "span": anchor("Port Ellis"), "type": "GPE"},
    {"op": "remove_mention", "mention": anchor("Vasquez")},
]
PAYLOAD = {"v": 1, "title": "Pier", "text": TEXT, "reference_date": "2025-07-23",
           "hidden_types": ["DATE"], "corrections": CORRECTIONS}


def link(payload):
    data = zlib.compress(json.dumps(payload, ensure_ascii=False).encode(), 9)
    return "#a=1." + base64.urlsafe_b64encode(data).decode().rstrip("=")


def write(folder, name, content):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
        f.write(content)


corpus = sys.argv[1]
write(f"{corpus}/share_link", "seed-link", link(PAYLOAD))
write(f"{corpus}/share_link", "seed-file.json", json.dumps(PAYLOAD, ensure_ascii=False))
WORK = {"text": TEXT, "title": "Pier", "reference_date": "2025-07-23"}
SAVED = {"version": 1, "work": WORK, "hidden": ["DATE"], "corrections": CORRECTIONS}
write(f"{corpus}/saved_state", "seed.json", json.dumps(SAVED, ensure_ascii=False))

"""The documented tutorial (docs/API.md#the-release-flow), replayed request by request, bodies unchanged:
only the ``{{ variable }}`` placeholders are filled in and the two truncated base64 examples (cover and
FLAC) are replaced by real generated data."""

from __future__ import annotations

import re
import time

import httpx

from tests.sandbox.helpers import audio_bytes, b64, jpeg_bytes

TOKEN_BODY = """{
    "grant_type": "password",
    "email": "{{username}}",
    "password": "{{password}}"
}"""

LABEL_BODY = """{
    "data": {
        "type": "labels",
        "attributes": {
            "name": "Label name",
            "description": "Label description"
        },
        "relationships": {
            "company": {
                "data": {
                    "type": "companies",
                    "id": "{{company}}"
                }
            }
        }
    }
}"""

PRODUCT_BODY = """{
  "data": {
    "type": "products",
    "attributes": {
      "name": "Product title",
      "upc-code": "8088111222333",
      "release-date": "2023-10-01",
      "front-cover": "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEA...",
      "copyright-line": "Records Music",
      "production-line": "2023 Records Music",
      "production-year": 2023,
      "status": "draft",
      "artist": [
        "Artist name"
      ]
    },
    "relationships": {
      "product-type": {
        "data": {
          "type": "product-types",
          "id": "{{product_type}}"
        }
      },
      "language": {
        "data": {
          "type": "languages",
          "id": "{{language}}"
        }
      },
      "label": {
        "data": {
          "type": "labels",
          "id": "{{label}}"
        }
      }
    }
  }
}"""

TRACK_BODY = """{
    "data": {
        "type": "tracks",
        "attributes": {
            "title": "Track title",
            "track-number": 1,
            "volume-number": 1,
            "isrc-code": "ESA112314511",
            "artist": ["Artist name"]
        },
        "relationships": {
            "product": {
                "data": {
                    "type": "products",
                    "id": "{{product}}"
                }
            },
            "audio-language": {
                "data": {
                    "type": "languages",
                    "id": "{{language}}"
                }
            }
        }
    }
}"""

RECORD_BODY = """{
    "data": {
        "type": "records",
        "attributes": {
            "new-file": "ZkxhQwAAACISABIAAAAQACNMC7gDcAABN0su1..."
        },
        "relationships": {
            "creator": {
                "data": {
                    "type": "tracks",
                    "id": "{{ track }}"
                }
            }
        }
    }
}"""

RIGHT_BODY = """{
    "data": {
        "type": "rights",
        "attributes": {
            "action": "add",
            "user-email": "user-email@user-email.com"
        },
        "relationships": {
            "distributor": {
                "data": {
                    "type": "distributors",
                    "id": "{{ distributor }}"
                }
            },
            "distributed": {
                "data": {
                    "type": "products",
                    "id": "{{ product }}"
                }
            },
            "dsps": {
                "data": [{
                    "type": "dsps",
                    "id": "{{ dsp }}"
                }]
            },
            "continents": {
                "data": [{
                    "type": "continents",
                    "id": "{{ continent }}"
                }]
            }
        }
    }
}"""

OFFER_UPDATE_BODY = """{
    "data": {
        "type": "offers",
        "id": "{{ default_offer }}",
        "attributes": {
            "release-date": "2023-10-01"
        },
        "relationships": {
            "subgenre": {
                "data": {
                    "type": "distributor-product-subgenres",
                    "id": "{{ subgenre }}"
                }
            },
            "subgenre2": {
                "data": {
                    "type": "distributor-product-subgenres",
                    "id": "{{ subgenre2 }}"
                }
            }
        }
    }
}"""

OFFER_ACTIVATE_BODY = """{
    "data": {
        "type": "offers",
        "id": "{{ default_offer }}",
        "attributes": {
            "status": "active"
        }
    }
}"""

PRODUCT_ACTIVATE_BODY = """{
    "data": {
        "type": "products",
        "id": "{{ product }}",
        "attributes": {
            "status": "active"
        }
    }
}"""

DSP_OFFER_BODY = """{
    "data": {
        "type": "offers",
        "attributes": {
            "release-date": "2023-10-01",
            "is-default": false,
            "status": "active",
            "usage": {
                "download": true,
                "copy_scan": true,
                "on_demand_stream": true,
                "non_interactive_stream": true
            }
        },
        "relationships": {
            "product": {
                "data": {
                    "type": "products",
                    "id": "{{ product }}"
                }
            },
            "subgenre": {
                "data": {
                    "type": "distributor-product-subgenres",
                    "id": "{{subgenre}}"
                }
            },
            "subgenre2": {
                "data": {
                    "type": "distributor-product-subgenres",
                    "id": "{{subgenre2}}"
                }
            },
            "dsp-upload-identifications": {
                "data": [{
                    "type": "dsp-upload-identifications",
                    "id": "{{dsp_upload_identification}}"
                }]
            }
        }
    }
}"""

SEND_TASK_BODY = """{
    "data": {
        "type": "send-tasks",
        "attributes": {
            "deliverable": true,
            "delivery-type": "delivery"
        },
        "relationships": {
            "product": {
                "data": {
                    "type": "products",
                    "id": "{{ product }}"
                }
            },
            "dsp-upload-identification": {
                "data": {
                    "type": "dsp-upload-identifications",
                    "id": "{{ dsp_upload_identification }}"
                }
            }
        }
    }
}"""

VARIABLES = {
    "username": "demo@example.com",
    "password": "demo",
    "company": "1",
    "label": "1",
    "product_type": "1",
    "language": "5",
    "product": "1",
    "track": "1",
    "distributor": "1",
    "dsp": "23",
    "continent": "1",
    "default_offer": "1",
    "subgenre": "1",
    "subgenre2": "2",
    "dsp_upload_identification": "1876",
    "send_task_id": "1",
}


def fill(body: str) -> bytes:
    text = re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: VARIABLES[m.group(1)], body)
    text = text.replace(
        "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEA...", "data:image/jpeg;base64," + b64(jpeg_bytes(300))
    )
    text = text.replace("ZkxhQwAAACISABIAAAAQACNMC7gDcAABN0su1...", b64(audio_bytes("FLAC", seconds=1.0)))
    return text.encode()


def test_seed_tutorial_runs_unchanged_from_token_to_completed_delivery(sandbox_factory):
    sb = sandbox_factory(delivery_seconds=0.4)
    token = httpx.post(
        f"{sb.base_url}/oauth/token", content=fill(TOKEN_BODY), headers={"Content-Type": "application/json"}
    )
    assert token.status_code == 200
    headers = {
        "Content-Type": "application/vnd.api+json",
        "Authorization": f"Bearer {token.json()['access_token']}",
    }
    api = httpx.Client(base_url=sb.api_url, headers=headers)

    def send(method: str, path: str, body: str | None = None, expect: int = 200) -> dict:
        response = api.request(method, path, content=fill(body) if body else None)
        assert response.status_code == expect, (method, path, response.text)
        assert response.headers["content-type"].startswith("application/vnd.api+json")
        return response.json()

    label = send("POST", "/labels", LABEL_BODY, 201)["data"]
    assert label["id"] == "1" and label["attributes"]["name"] == "Label name"
    product = send("POST", "/products", PRODUCT_BODY, 201)["data"]
    assert product["id"] == "1" and product["attributes"]["status"] == "draft"
    assert product["attributes"]["upc-code"] == "8088111222333"  # wrong check digit, accepted
    assert product["attributes"]["cover-url"].startswith(f"{sb.base_url}/storage/covers/")
    track = send("POST", "/tracks", TRACK_BODY, 201)["data"]
    assert track["id"] == "1"
    record = send("POST", "/records", RECORD_BODY, 201)["data"]
    assert record["attributes"]["file"]["codec"] == "flac"
    right = send("POST", "/rights", RIGHT_BODY, 201)["data"]
    assert right["relationships"]["dsps"]["data"] == [{"type": "dsps", "id": "23"}]

    offers = send("GET", "/offers?filter[product-id]=1&filter[is-default]=true")["data"]
    assert [o["id"] for o in offers] == ["1"]
    subgenres = send("GET", "/distributor-product-subgenres")["data"]
    assert {"1", "2"} <= {s["id"] for s in subgenres}
    send("PATCH", "/offers/1", OFFER_UPDATE_BODY)
    assert send("PATCH", "/offers/1", OFFER_ACTIVATE_BODY)["data"]["attributes"]["status"] == "active"
    assert send("PATCH", "/products/1", PRODUCT_ACTIVATE_BODY)["data"]["attributes"]["status"] == "active"

    duis = send("GET", "/dsp-upload-identifications?filter[dsp-id]=2")["data"]
    assert "1876" in [d["id"] for d in duis]
    offer = send("POST", "/offers", DSP_OFFER_BODY, 201)["data"]
    assert offer["attributes"]["is-default"] is False and offer["attributes"]["status"] == "active"
    task = send("POST", "/send-tasks", SEND_TASK_BODY, 201)["data"]
    assert task["id"] == "1" and task["attributes"]["status"] == "pending"

    seen = []
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        attributes = send("GET", "/send-tasks/1")["data"]["attributes"]
        if not seen or seen[-1] != attributes["status"]:
            seen.append(attributes["status"])
        if attributes["status"] in ("completed", "error"):
            break
        time.sleep(0.03)
    assert seen[-1] == "completed", attributes
    assert set(seen) <= {"pending", "waiting", "procesing", "completed"}
    assert attributes["ack-status-message"] == {"FileStatus": ["FileOK"]}
    assert re.fullmatch(r"PADPIDA\d{21}", attributes["message-id"])
    assert re.fullmatch(r"\d{17}", attributes["sent-on"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", attributes["send-date"])
    assert re.fullmatch(r"[0-9a-f-]{36}", attributes["batch-id"])
    assert attributes["created-by"] == "robot"

"""Pages to services: a careful coder's grouping, from real extraction on small pages."""

from __future__ import annotations

from matrix.extract import extract_all, relevance, values
from matrix.page import Page
from matrix.services import find_services, roll_up_service, roll_up_site


def record(url: str, main: str, depth: int = 1, head: str = "") -> dict:
    html = f'<html lang="sv"><head><title>T</title>{head}</head><body><main>{main}</main></body></html>'
    page = Page(url, html)
    return {"page_id": url, "url": url, "final_url": url, "title": page.title, "h1": page.h1, "depth": depth,
            "relevance": relevance(page), "findings": values(extract_all(page)), "text": page.main_text}


KOMMUN = [
    record("https://k.se/", "<h1>Välkommen</h1><p>Kommunen.</p>", 0),
    record("https://k.se/stod/vald.html", "<h1>Våld i nära relationer</h1><p>Här finns information om våld.</p>"
           "<p><a href='/stod/vald/stod.html'>Stöd till våldsutsatta</a></p>"),
    record("https://k.se/stod/vald/stod.html", "<h1>Stöd till våldsutsatta</h1><p>Vi erbjuder stöd till dig som "
           "är utsatt för våld i en nära relation. Ring 0980-12 34 56.</p>", 2),
    record("https://k.se/stod/vald/stod/skyddat-boende.html", "<h1>Skyddat boende</h1><p>Om du är utsatt för våld "
           "kan du få skyddat boende. Vi hjälper dig.</p>", 3),
    record("https://k.se/stod/vald/stod/heder.html", "<h1>Hedersrelaterat våld</h1><p>Vi ger också stöd till dig "
           "som är utsatt för hedersrelaterat våld och förtryck.</p>", 3),
    record("https://k.se/stod/vald/utovare.html", "<h1>Stöd till dig som utövar våld</h1><p>Vill du sluta använda "
           "våld mot din partner? Vi erbjuder samtal. Ring 0980-12 34 99.</p>", 2),
    record("https://k.se/stod/vald/vad-ar-vald.html", "<h1>Vad är våld?</h1><p>Våld kan vara fysiskt, psykiskt "
           "och sexuellt. Kontakta oss om du behöver stöd för att du är utsatt för våld.</p>", 2),
]


def test_kommun_services_and_their_pages() -> None:
    services = {s["name"]: s for s in find_services(KOMMUN)}
    assert set(services) == {"Stöd till våldsutsatta", "Stöd till dig som utövar våld"}
    main = roll_up_service(services["Stöd till våldsutsatta"])
    assert main["url"] == "https://k.se/stod/vald/stod.html"
    assert set(main["pages"]) == {"https://k.se/stod/vald/stod.html", "https://k.se/stod/vald/stod/skyddat-boende.html",
                                  "https://k.se/stod/vald/stod/heder.html"}
    assert main["exposure_groups"] == ["nara_relation", "heder"]  # heder from its sub-page
    assert roll_up_service(services["Stöd till dig som utövar våld"])["exposure_groups"] == ["valdsutovare"]


def test_jour_home_page_is_the_service_when_nothing_else_is() -> None:
    pages = [record("https://jour.se/", "<h1>Kvinnojouren Ekby</h1><p>Vi ger stöd till kvinnor som utsatts för "
                    "våld. Jourtelefon 0980-55 66 77, dygnet runt.</p>", 0),
             record("https://jour.se/om-oss/", "<h1>Om oss</h1><p>Föreningen bildades 1985.</p>")]
    (service,) = find_services(pages)
    row = roll_up_service(service)
    assert row["name"] == "Kvinnojouren Ekby" and row["hotline_24h"] is True
    assert row["phone_numbers"] == ["+46980556677"]


def test_site_roll_up_is_any_page() -> None:
    pages = [record("https://k.se/a", "<p>a</p>"),
             record("https://k.se/b", "<p><a href='https://www.google.se'>Lämna sidan snabbt</a></p>"
                    "<p><a href='/ar'>العربية</a></p>")]
    site = roll_up_site(pages)
    assert site["quick_exit"] is True and site["languages"] == ["sv", "ar"] and site["easy_read"] is False


def test_hub_without_contact_is_not_a_service_but_the_pages_below_it_are() -> None:
    pages = [
        record("https://r.se/stod-vid-vald.html", "<h1>Stöd vid våld</h1><p>Här hittar du regionens stöd till dig "
               "som är utsatt för våld i en nära relation. Vi erbjuder flera former av stöd.</p>", 0),
        record("https://r.se/stod-vid-vald/mottagning.html", "<h1>Mottagningen</h1><p>Vi erbjuder stöd till dig som "
               "är utsatt för våld i en nära relation. Ring 0980-12 34 50.</p>"),
        record("https://r.se/stod-vid-vald/utovare.html", "<h1>Vägen ut</h1><p>Vi erbjuder behandling för dig som "
               "utövar våld mot en närstående. Ring 0980-12 34 51.</p>"),
    ]
    assert sorted(s["main"]["final_url"] for s in find_services(pages)) == [
        "https://r.se/stod-vid-vald/mottagning.html", "https://r.se/stod-vid-vald/utovare.html"]


def test_sub_page_on_one_aspect_with_the_services_number_belongs_to_it_however_it_was_reached() -> None:
    main = record("https://k.se/vald/team.html", "<h1>Teamet</h1><p>Vi erbjuder stöd till dig som är utsatt för "
                  "våld i en nära relation. Ring 0980-12 34 60.</p>", 2)
    sub = record("https://k.se/vald/team/heder.html", "<h1>Hedersrelaterat våld</h1><p>Vi ger stöd till dig som "
                 "är utsatt för hedersrelaterat våld. Ring 0980-12 34 60.</p>", 1)  # linked from a news item
    (service,) = find_services([sub, main])
    row = roll_up_service(service)
    assert row["url"] == "https://k.se/vald/team.html" and set(row["exposure_groups"]) == {"nara_relation", "heder"}

"""Hard cases of every extractor, as real Swedish sites write them."""

from __future__ import annotations

import pytest

from matrix.extract import extract_all
from matrix.extractors.hours import canonical
from matrix.page import Page

CHROME = """<header class="sv-header"><nav class="megamenu"><a href="/stod/vald">Våld i nära relationer</a>
<a href="/stod/heder">Hedersrelaterat våld</a><a href="/bygga">Bygga och bo</a></nav></header>
<div class="cookie-banner"><p>Vi använder kakor för att förbättra tjänsten för kvinnor och män.</p>
<button>Stäng</button></div>"""
FOOTER = "<footer><p>Kommunens växel 036-10 50 00. Fax 036-10 50 01.</p></footer>"


def page(main: str, head: str = "", chrome: str = CHROME, lang: str = "sv") -> dict:
    html = (f'<!doctype html><html lang="{lang}"><head><title>Test</title>{head}</head><body>{chrome}'
            f"<main>{main}</main>{FOOTER}</body></html>")
    findings = extract_all(Page("https://www.exempel.se/stod/vald.html", html))
    out = {k: f.value for k, f in findings.items()}
    out["referrals"] = findings["exposure_groups"].details.get("referrals", [])
    return out


@pytest.mark.parametrize(("text", "code"), [
    ("<p>Vi ger stöd till våldsutsatta kvinnor.</p>", "nara_relation"),
    ("<p>Är du utsatt för våld av din partner? Vi kan hjälpa dig.</p>", "nara_relation"),
    ("<h1>Stöd till dig som utövar våld</h1>", "valdsutovare"),
    ("<p>Vi erbjuder behandling för våldsutövare i nära relationer.</p>", "valdsutovare"),
    ("<p>Utsätter du någon i din familj för våld? Ring oss.</p>", "valdsutovare"),
    ("<p>Vi stöttar dig som lever med hedersrelaterat våld och förtryck.</p>", "heder"),
    ("<p>Vi ger stöd till dig som utsätts för hedersförtryck.</p>", "heder"),
    ("<p>Vi erbjuder stöd till dig som har erfarenhet av sex mot ersättning.</p>", "prostitution_manniskohandel"),
    ("<p>Vi hjälper dig som utsatts för människohandel för sexuella ändamål.</p>", "prostitution_manniskohandel"),
    ("<p>Har du utsatts för sexuellt våld eller en våldtäkt? Du kan få stöd hos oss.</p>", "sexuellt_vald"),
    ("<p>Oroar du dig för dina sexuella tankar om barn? Vi erbjuder anonym behandling.</p>", "sexualbrott_risk"),
    ("<p>Vi erbjuder gruppverksamhet för barn som har upplevt våld i familjen.</p>", "barn_som_upplever_vald"),
])
def test_exposure_inflections_and_compounds(text: str, code: str) -> None:
    assert code in page(text)["exposure_groups"]


@pytest.mark.parametrize(("text", "expected"), [
    # violence described rather than named
    ("<p>Lever du med någon som slår, hotar eller kontrollerar dig? Vi ger stöd till kvinnor.</p>", ["nara_relation"]),
    ("<p>Gör någon i din familj dig illa? Du kan prata med oss.</p>", ["nara_relation"]),
    ("<p>Många män som ringer oss är mitt i en separation. Andra blir kränkta, hotade eller slagna av sin partner."
     "</p>", ["nara_relation"]),
    ("<p>Vi har ett skyddat boende för dig som behöver komma bort från en man som slår eller hotar dig.</p>",
     ["nara_relation"]),
    ("<p>Har din killkompis börjat kontrollera dig? Har någon gjort något sexuellt mot dig som du inte ville? "
     "Prata med oss.</p>", ["nara_relation", "sexuellt_vald"]),
    ("<p>Vi ger stöd oavsett brott – till exempel misshandel, hot, inbrott eller sexualbrott.</p>", ["sexuellt_vald"]),
    ("<p>Barn som lever i en familj där det förekommer våld har rätt till eget stöd hos oss.</p>",
     ["barn_som_upplever_vald"]),
    ("<p>Vi träffar också barn och ungdomar som har upplevt våld hemma.</p>", ["barn_som_upplever_vald"]),
    ("<p>Barn som har sett eller hört våld hemma kan få samtal hos våra barnbehandlare.</p>",
     ["barn_som_upplever_vald"]),
    # the perpetrator's act is not a victim group; honour control by the family is heder
    ("<p>Vi erbjuder behandling för dig som har utövat fysiskt, psykiskt eller sexuellt våld i en nära relation.</p>",
     ["valdsutovare"]),
    ("<p>Mansmottagningen tar emot män som har använt våld mot en partner eller är rädda för att göra det.</p>",
     ["valdsutovare"]),
    ("<p>Vi träffar män och kvinnor som har använt våld mot en partner och vill förändra sitt beteende.</p>",
     ["valdsutovare"]),
    ("<p>Vändpunkten offers treatment to people who have used violence in a relationship.</p>", ["valdsutovare"]),
    ("<p>På Ungdomsmottagningen kan unga mellan 13 och 25 år prata med kurator om erfarenheter av sex mot ersättning."
     "</p>", ["prostitution_manniskohandel"]),
    ("<p>Blir du kontrollerad eller hotad av din familj för att de tycker att du skadar familjens rykte? Vi kan "
     "hjälpa dig.</p>", ["heder"]),
    # translated pages
    ("<p>Lilith supports women and girls who have been subjected to violence in a close relationship or to "
     "honour-related violence and oppression.</p>", ["nara_relation", "heder"]),
])
def test_exposure_as_sites_describe_it(text: str, expected: list[str]) -> None:
    assert page(text)["exposure_groups"] == expected


@pytest.mark.parametrize("main", [
    # definitions, guides, pages for staff and links onwards name no target group of the page's own
    "<h1>Våld i nära relationer</h1><p>Våld i nära relationer är när någon som står dig nära skadar eller hotar dig."
    "</p><p>Det är vanligt att känna skam.</p>",
    "<h1>För yrkesverksamma</h1><p>Vi erbjuder konsultation till dig som i ditt arbete möter personer som utsätts för "
    "våld.</p>",
    "<h1>Vad är våld?</h1><p>På sidan Våld i nära relationer hittar du socialtjänstens kontaktuppgifter.</p>",
])
def test_no_own_exposure(main: str) -> None:
    assert page(main)["exposure_groups"] == []


def test_translated_page_speaks_for_the_service() -> None:
    html = ('<html lang="ar"><body><main><h1>ليليث</h1><p>تقدم ليليث الدعم للنساء اللواتي تعرضن للعنف في العلاقات '
            "القريبة.</p></main></body></html>")
    assert page_of(html)["exposure_groups"] == ["nara_relation"]


def test_referral_is_not_the_services_own_group() -> None:
    out = page("<h1>Stöd vid våld</h1><p>Vi erbjuder stöd till dig som är utsatt för våld i en nära relation.</p>"
               "<p>Är du utsatt för hedersrelaterat våld? Kontakta Origo.</p>"
               "<p>Säljer du sex? <a href='https://x.se'>Läs mer hos Mikamottagningen</a>.</p>")
    assert out["exposure_groups"] == ["nara_relation"]
    assert "heder" in out["referrals"]


def test_navigation_and_cookie_banner_are_not_content() -> None:
    out = page("<h1>Bygglov</h1><p>Här söker du bygglov för ditt hus.</p>")
    assert out["exposure_groups"] == [] and out["gender_groups"] == []
    assert out["phone_numbers"] == []  # the switchboard in the footer is not the service's number


def test_general_information_is_not_a_target_group() -> None:
    out = page("<h1>Vad är våld?</h1><p>Våld kan vara fysiskt, psykiskt, sexuellt eller ekonomiskt.</p>"
               "<p>Hedersrelaterat våld och förtryck är ett brott.</p>")
    assert out["exposure_groups"] == []


def test_negation_and_scope() -> None:
    out = page("<p>Vi vänder oss till kvinnor som utsatts för våld. Vi tar inte emot män.</p>")
    assert out["gender_groups"] == ["kvinnor"]
    out = page("<p>Chatten är för dig som är under 18 år och utsatt för våld.</p>")
    assert "barn_unga" in out["gender_groups"]
    out = page("<p>Jouren vänder sig till kvinnor, män och ickebinära som utsatts för våld.</p>")
    assert out["gender_groups"] == ["kvinnor", "man", "hbtq"]
    out = page("<p>Vi ger stöd till dig som är över 18 år och utsatt för våld av en närstående.</p>")
    assert "barn_unga" not in out["gender_groups"]


@pytest.mark.parametrize(("main", "expected"), [
    # the partner or perpetrator is not the target group
    ("<p>Vi tar emot kvinnor som är utsatta för misshandel eller hot av sin man, sambo eller pojkvän.</p>",
     ["kvinnor"]),
    ("<p>Är du utsatt för våld? Det kan vara din man, din fru eller din pojkvän. Vi stöttar dig.</p>", ["konsneutral"]),
    ("<p>Våld kan komma från en partner eller ett vuxet barn. Vi ger stöd till dig som är utsatt för våld.</p>",
     ["konsneutral"]),
    # age limits that exclude, youth services coded by their genders
    ("<p>Vi tar emot kvinnor som utsatts för våld. Vi tar inte emot patienter under 18 år.</p>", ["kvinnor"]),
    ("<p>Tjejjouren finns för tjejer och ickebinära mellan 12 och 25 år som utsatts för våld.</p>",
     ["flickor", "hbtq"]),
    ("<p>Vi ger stöd till dig som är utsatt för våld och till barn som har upplevt våld. Tjejer och killar kan få "
     "egna samtal.</p>", ["flickor", "pojkar", "barn_unga"]),
    # English pages
    ("<p>We support women, men and children who are subjected to violence by a partner.</p>",
     ["kvinnor", "man", "barn_unga"]),
    ("<p>Vega supports girls and young women aged 12 to 25 who are subjected to violence.</p>", ["flickor"]),
    # children who come along to the shelter; a FAQ answer under "Vem kan höra av sig?"; "är lika välkomna"
    ("<p>Vi har ett skyddat boende för kvinnor och deras barn som behöver skydd mot våld.</p>",
     ["kvinnor", "barn_unga"]),
    ("<h2>Vem kan höra av sig?</h2><p>Alla tjejer och ickebinära mellan 12 och 25 år som utsatts för våld.</p>",
     ["flickor", "hbtq"]),
    ("<p>Här kan unga prata om sex mot ersättning. Tjejer, killar och ickebinära är lika välkomna.</p>",
     ["flickor", "pojkar", "hbtq"]),
    # a youth service with no gender is barn_unga alone ("du som är 13–25 år" is not gender-neutral adults)
    ("<p>Ungdomsjouren finns för dig som är mellan 13 och 25 år och utsatt för våld hemma.</p>", ["barn_unga"]),
    ("<p>We offer support to men subjected to violence in a close relationship. We do not offer support to women; "
     "please contact a women's shelter.</p>", ["man"]),
    # a group sent elsewhere; members are not clients
    ("<p>Vi ger stöd till kvinnor som utsätts för våld. Män som har utsatts för våld kan vända sig till "
     "socialtjänsten i sin kommun.</p>", ["kvinnor"]),
    ("<p>Vi stöttar kvinnor som utsätts för våld. Alla som delar våra värderingar, kvinnor som män, är välkomna som "
     "medlemmar.</p>", ["kvinnor"]),
])
def test_gender_groups_as_sites_write_them(main: str, expected: list[str]) -> None:
    assert page(main)["gender_groups"] == expected


def test_donation_page_names_no_target_group() -> None:
    out = page("<h1>Ge en gåva</h1><p>Din gåva går direkt till kvinnor och barn på vårt boende som utsatts för våld."
               "</p>")
    assert out["gender_groups"] == [] and out["exposure_groups"] == []


def test_gender_neutral_only_when_no_gender_is_named() -> None:
    assert page("<p>Vi erbjuder stöd till dig som är vuxen och utsatt för våld i nära relation.</p>")[
        "gender_groups"] == ["konsneutral"]
    assert "konsneutral" not in page("<p>Vi erbjuder stöd till dig som är utsatt för våld. "
                                     "Vi tar emot kvinnor och män.</p>")["gender_groups"]


def test_national_strategy_phrase_names_no_group() -> None:
    out = page("<p>Kommunen arbetar mot mäns våld mot kvinnor. Vi erbjuder stöd till dig som utsatts för våld "
               "i en nära relation.</p>")
    assert out["gender_groups"] == ["konsneutral"]


def test_vulnerable_groups() -> None:
    out = page("<p>Vi tar emot dig som är utsatt för våld, även om du har ett missbruk eller en "
               "funktionsnedsättning. Du som inte talar svenska kan få tolk.</p>")
    assert out["vulnerable_groups"] == ["missbruk", "funktionsnedsattning", "bristande_svenska"]


@pytest.mark.parametrize(("main", "expected"), [
    ("<p>Vi stöttar kvinnor som är utsatta för våld. Du behöver inte kunna svenska.</p>", ["bristande_svenska"]),
    ("<p>Du som är döv eller har en hörselnedsättning och utsätts för våld kan få stöd. Vi bokar teckenspråkstolk."
     "</p>", ["funktionsnedsattning"]),
    ("<p>Du som är äldre och utsätts för våld kan vara beroende av den som utsätter dig.</p>", ["aldre"]),
    ("<p>Vi har skyddat boende för kvinnor utsatta för våld. Vi har tyvärr inte möjlighet att ta emot kvinnor med "
     "pågående missbruk.</p>", []),
    ("<p>Vi erbjuder samtal vid våld. Om du har ett pågående missbruk av alkohol behöver det behandlas först, innan "
     "du kan börja hos oss.</p>", []),
    ("<p>We support women subjected to violence. We can book an interpreter for you.</p>", ["bristande_svenska"]),
    # drugs named as payment are no drug problem; an exclusion said as "inte anpassat för"
    ("<p>Har du sålt sex eller fått en plats att sova, droger eller presenter för sex? Du kan få stöd hos oss.</p>",
     []),
    ("<p>Vårt skyddade boende för kvinnor utsatta för våld har rum för dig som använder rullstol. Boendet är inte "
     "anpassat för kvinnor med ett pågående missbruk.</p>", ["funktionsnedsattning"]),
])
def test_vulnerable_groups_named_and_excluded(main: str, expected: list[str]) -> None:
    assert page(main)["vulnerable_groups"] == expected


def test_other_organisations_24h_line_and_hide_visit_link() -> None:
    out = page("<p>Vi ger stöd vid våld. Telefontid vardagar 8–9.</p><p>Du kan också ringa Kvinnojouren i Karlstad: "
               "054-10 06 00 (dygnet runt).</p><p><a href='/gom'>Göm besöket</a></p>")
    assert out["hotline_24h"] is False
    assert [canonical(i) for i in out["opening_hours"]] == ["mon,tue,wed,thu,fri 08:00-09:00"]
    assert out["hide_visit_advice"] is True


def test_languages_said_in_words_and_spelling_variants() -> None:
    out = page("<p>Den här informationen finns också på lättläst svenska och på engelska, arabiska och somaliska.</p>"
               "<p><a href='/d/heder-tigrinja.pdf'>Information på tigrinja (pdf)</a></p>"
               "<p>Du kan chatta med oss på persiska.</p>")
    # the languages staff speak on the chat are not translations
    assert sorted(out["languages"]) == ["ar", "en", "so", "sv", "ti"]


@pytest.mark.parametrize(("main", "head"), [
    ('<p><a href="https://www.google.se">Lämna sidan snabbt</a></p>', ""),
    ('<button type="button">Stäng sidan</button>', ""),
    ('<a href="https://www.svt.se" class="btn">Snabbstäng</a>', ""),
    ('<a href="https://www.bbc.co.uk">Exit this page</a>', ""),
    ('<div data-quick-exit="https://www.google.se"></div>', ""),
    ('<a id="get-away" href="https://yr.no">X</a>', ""),
    ("<p>Text</p>", '<script src="/static/js/exit-this-page.min.js"></script>'),
    ("<p>Text</p>", "<script>document.addEventListener('keydown',function(e){if(e.key==='Escape'){"
                    "window.location.replace('https://www.google.se')}})</script>"),
])
def test_quick_exit_forms(main: str, head: str) -> None:
    assert page(main, head)["quick_exit"] is True


def test_cookie_close_is_not_a_quick_exit() -> None:
    assert page("<p>Text</p><button>Stäng meny</button>")["quick_exit"] is False


def test_languages_from_markup_and_links() -> None:
    head = '<link rel="alternate" hreflang="en" href="/en/support">'
    main = ('<ul><li><a href="/ar.html">العربية</a></li><li><a href="/so.html">Soomaali</a></li>'
            '<li><a href="/ti.html">ትግርኛ</a></li><li><a href="/fa.pdf">Information på persiska (pdf)</a></li>'
            '<li><a href="/lattlast">Lättläst</a></li></ul>'
            '<p><a href="/docs/broschyr-polska.pdf">Polski</a></p>')
    out = page(main, head)
    assert out["languages"] == ["sv", "en", "ar", "so", "ti", "fa", "pl"]
    assert out["machine_translation"] is False and out["easy_read"] is True


def test_translation_widget_is_machine_translation_only() -> None:
    head = '<script src="//translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script>'
    out = page('<div id="google_translate_element"><select><option>Arabic</option></select></div>', head)
    assert out["machine_translation"] is True and out["languages"] == ["sv"]


def test_english_page() -> None:
    out = page("<h1>Support for victims of violence</h1><p>We offer support to women. Call 036-10 20 30.</p>",
               lang="en")
    assert out["languages"] == ["en"]


def test_sign_language_talking_web_hide_visit() -> None:
    out = page('<iframe title="Om våld i nära relationer på teckenspråk" src="https://player.example/v/1"></iframe>'
               '<h2>Så döljer du ditt besök</h2><p>Du kan rensa historiken i webbläsaren eller surfa i privat '
               'läge.</p>', chrome='<a class="rsbtn_play" href="//app-eu.readspeaker.com/cgi-bin/rsent">Lyssna</a>')
    assert out["sign_language"] and out["text_to_speech"] and out["hide_visit_advice"]
    plain = page("<p>Vi lyssnar på dig.</p>", chrome="")
    assert not (plain["sign_language"] or plain["text_to_speech"] or plain["hide_visit_advice"])


@pytest.mark.parametrize(("text", "e164"), [
    ("Kvinnofridslinjen 020-50 50 50", "+4620505050"),
    ("Ring 08-123 456 78", "+46812345678"),
    ("Telefon: +46 (0)36 10 20 30", "+4636102030"),
    ("Tel. 0370-37 70 00", "+46370377000"),
])
def test_phone_notations(text: str, e164: str) -> None:
    assert e164 in page(f"<p>{text}</p>")["phone_numbers"]


def test_fax_is_not_a_phone() -> None:
    assert page("<p>Telefon 036-10 20 30, fax 036-10 20 31</p>")["phone_numbers"] == ["+4636102030"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Jourtelefonen är öppen dygnet runt: 036-10 20 30.", True),
    ("Du når oss alla dagar 00–24 på 036-10 20 30.", True),
    ("Jourtelefon mån–fre 9–16: 036-10 20 30.", False),
    ("Vid akut fara ring 112. Kvinnofridslinjen är öppen dygnet runt.", False),
])
def test_hotline_24h(text: str, expected: bool) -> None:
    assert page(f"<p>Vi stöttar dig som är utsatt för våld.</p><p>{text}</p>")["hotline_24h"] is expected


def test_24h_lines_outside_the_matrix() -> None:
    """The water utility's fault-report line is staffed around the clock, but it is no support line."""
    assert page("<h1>Felanmälan</h1><p>Felanmälan är bemannad dygnet runt: 0491-76 49 90.</p>")["hotline_24h"] is False


@pytest.mark.parametrize(("text", "expected"), [
    ("Telefontid: mån–fre 8.00–16.30", ["mon,tue,wed,thu,fri 08:00-16:30"]),
    ("Vi har öppet måndag-torsdag kl 9-12.", ["mon,tue,wed,thu 09:00-12:00"]),
    ("Chatten är öppen tis, ons och tors kl. 18–21.", ["tue,wed,thu 18:00-21:00"]),
    ("Öppet vardagar 08:00–17:00, lunchstängt 12–13. Helgdagar stängt.",
     ["mon,tue,wed,thu,fri 08:00-12:00", "mon,tue,wed,thu,fri 13:00-17:00"]),
    ("Jourtelefonen har öppet alla dagar 00–24.", ["mon,tue,wed,thu,fri,sat,sun 00:00-24:00"]),
    ("Måndag 10–12 och 13–15, fredag 9–11", ["mon 10:00-12:00", "mon 13:00-15:00", "fri 09:00-11:00"]),
    # days in one sentence, times in the next
    ("Du kan ringa måndag till fredag. Vi svarar klockan 8 till 12 och klockan 13 till 16.30.",
     ["mon,tue,wed,thu,fri 08:00-12:00", "mon,tue,wed,thu,fri 13:00-16:30"]),
    ("Vi svarar helgfria vardagar mellan 9 och 11.", ["mon,tue,wed,thu,fri 09:00-11:00"]),
    ("Jourtid: tisdagar kl 18-21 och lördagar kl 10-13. Jourtelefon 0224-100 80.",
     ["tue 18:00-21:00", "sat 10:00-13:00"]),
    # translated pages: English 12-hour clocks, Arabic and Persian day names and digits
    ("The chat is open on Mondays and Thursdays from 7 pm to 10 pm.", ["mon,thu 19:00-22:00"]),
    ("Call us Monday–Friday 8.30 am–12 noon.", ["mon,tue,wed,thu,fri 08:30-12:00"]),
    ("Tuesdays and Thursdays 5–8 pm and Sundays 2–5 pm.", ["tue,thu 17:00-20:00", "sun 14:00-17:00"]),
    ("من الاثنين إلى الجمعة، الساعة 8:00–16:30 (مغلق من 12 إلى 13).",
     ["mon,tue,wed,thu,fri 08:00-12:00", "mon,tue,wed,thu,fri 13:00-16:30"]),
    ("با ما تماس بگیرید: روزهای کاری ساعت ۱۰ تا ۱۶.", ["mon,tue,wed,thu,fri 10:00-16:00"]),
    ("Puhelinaika ma–pe klo 8–12 ja 13–16.", ["mon,tue,wed,thu,fri 08:00-12:00", "mon,tue,wed,thu,fri 13:00-16:00"]),
    ("Phone Monday–Friday 8 am–4.30 pm, closed for lunch 12–1 pm.",
     ["mon,tue,wed,thu,fri 08:00-12:00", "mon,tue,wed,thu,fri 13:00-16:30"]),
    ("Call us before you come. The line is staffed day and night, every day of the year.",
     ["mon,tue,wed,thu,fri,sat,sun 00:00-24:00"]),
    ("Jourtelefonen är inte bemannad dygnet runt. Vi svarar vardagar 9–21.", ["mon,tue,wed,thu,fri 09:00-21:00"]),
])
def test_opening_hours(text: str, expected: list[str]) -> None:
    html = (f'<!doctype html><html lang="sv"><body><main><p>Vi ger stöd till dig som är utsatt för våld.</p>'
            f"<p>{text}</p></main></body></html>")
    finding = extract_all(Page("https://x.se/", html))["opening_hours"]
    assert [canonical(i) for i in finding.value] == expected
    assert all(i["text"] for i in finding.value)


def test_opening_hours_outside_the_matrix_and_in_tables() -> None:
    """Bygglov's telefontid is not a support service's; a table writes days and times in separate cells."""
    bygglov = ('<html lang="sv"><body><main><h1>Bygglov</h1><p>Ring bygglovsenheten tisdag–torsdag kl. 9–11.</p>'
               "</main></body></html>")
    assert extract_all(Page("https://x.se/bygglov", bygglov))["opening_hours"].value == []
    table = ('<html lang="sv"><body><main><h1>Kvinnofridsmottagningen</h1><p>Vi tar emot dig som utsatts för våld.'
             "</p><table><tr><th>Måndag–fredag</th><td>08:00–09:30</td></tr><tr><th>Lördag</th><td>Stängt</td></tr>"
             "</table></main></body></html>")
    found = extract_all(Page("https://x.se/kvinnofrid", table))["opening_hours"].value
    assert [canonical(i) for i in found] == ["mon,tue,wed,thu,fri 08:00-09:30"]


def test_opening_hours_exceptions() -> None:
    html = ('<html lang="sv"><body><main><p>Jourtelefonen: öppet mån–fre 8–16. Helgdagar stängt.</p></main>'
            "</body></html>")
    finding = extract_all(Page("https://x.se/", html))["opening_hours"]
    assert finding.details["exceptions"]


def test_catchment() -> None:
    out = page("<p>Vi tar emot kvinnor från Gislaved, Gnosjö, Vaggeryd och Värnamo som utsatts för våld.</p>"
               "<p>Vårt kansli ligger nära Jönköpings centralstation.</p>")
    assert out["catchment"] == ["Gislaved", "Gnosjö", "Vaggeryd", "Värnamo"]


@pytest.mark.parametrize(("main", "expected"), [
    ("<p>Vi finns för kvinnor som bor i Örnsköldsviks kommun.</p>", ["Örnsköldsvik"]),
    ("<p>Familjefrid är ett samarbete mellan Aneby, Eksjö och Vetlanda kommuner.</p>", ["Aneby", "Eksjö", "Vetlanda"]),
    ("<p>Kvinnojouren ger stöd till kvinnor och deras barn i Karlskoga och Degerfors.</p>",
     ["Karlskoga", "Degerfors"]),
    ("<p>Vi finns för män i Eksjö, Nässjö och Tranås.</p>", ["Eksjö", "Nässjö", "Tranås"]),
    ("<p>Vi tar emot kvinnor som bor i följande kommuner:</p><ul><li>Gnosjö</li><li>Vaggeryds kommun</li></ul>",
     ["Gnosjö", "Vaggeryd"]),
    # an organisation's name and a location are not the area served
    ("<p>Socialtjänsten i Munkfors finns här för dig som är utsatt för våld.</p>", []),
    ("<p>Tjejjouren utgår från Jönköping, men du kan chatta med oss var du än bor.</p>", []),
    ("<p>Vi stöttar tjejer som bor på Gotland.</p>", ["Gotland"]),
    ("<p>We work with people living in Kalmar, Nybro and Torsås.</p>", ["Kalmar", "Nybro", "Torsås"]),
    ("<p>Vi finns i Kalmar län och stöttar dig som utsatts för våld.</p>", []),
    ("<p>Du kan också ringa Kvinnojouren i Karlstad på 054-10 06 00.</p>", []),
    ("<p>Vårt kontor ligger i Nässjö. Vi stöttar dig som är utsatt för våld.</p>", []),
])
def test_catchment_phrasings(main: str, expected: list[str]) -> None:
    assert page(main)["catchment"] == expected


def page_of(html: str) -> dict:
    return {k: f.value for k, f in extract_all(Page("https://x.se/", html)).items()}


def test_catchment_from_site_strapline() -> None:
    """A strapline under the logo says whom the whole site serves; the logo's own "jour i X" is a name."""
    chrome = ('<header class="site-header"><div class="site-branding"><a href="/">Kvinnojour i Värnamo</a>'
              '<p class="site-description">Stöd till kvinnor i Värnamo, Gislaved och Gnosjö</p></div></header>')
    assert page("<p>Vi erbjuder stödsamtal.</p>", chrome=chrome)["catchment"] == ["Värnamo", "Gislaved", "Gnosjö"]
    logo_only = '<header><div class="site-logo"><a href="/">Lilith – kvinnojour i Örnsköldsvik</a></div></header>'
    assert page("<p>Vi erbjuder stödsamtal.</p>", chrome=logo_only)["catchment"] == []


def test_page_builders_keep_their_content() -> None:
    """Elementor puts all content in `elementor-widget-*` boxes and marks its own header/footer by a data
    attribute; ASP.NET WebForms wrap the whole page, article included, in one <form>."""
    elementor = ('<html lang="sv"><body><div data-elementor-type="header"><nav><a href="/">Start</a></nav>'
                 '<p>Kvinnojouren Astrid i Karlskoga</p></div><div class="elementor"><div class="elementor-widget-'
                 'container"><h1>Stöd</h1><p>Vi ger stöd till kvinnor i Karlskoga.</p></div></div>'
                 '<div data-elementor-type="footer"><p>Org.nr 802000-0000</p></div></body></html>')
    assert [b.text for b in Page("https://x.se/", elementor).blocks] == [
        "Stöd", "Vi ger stöd till kvinnor i Karlskoga."]
    webforms = ('<html lang="sv"><body><form id="aspnetForm" action="./default.aspx"><div id="header">'
                '<ul id="mainmenu"><li><a href="/">Start</a></li></ul></div><div id="maincol"><h1>Barnahus</h1>'
                '<p>Barnahus finns till för barn som bor i Gävle och Sandviken.</p></div></form></body></html>')
    assert [b.text for b in Page("https://x.se/", webforms).blocks] == [
        "Barnahus", "Barnahus finns till för barn som bor i Gävle och Sandviken."]
    assert page_of(webforms)["catchment"] == ["Gävle", "Sandviken"]


def test_contact_widget_in_side_column() -> None:
    """A WordPress text widget headed "Jourtelefon" is the service's contact box, whatever its class."""
    html = ('<html lang="sv"><body><main><h1>Få stöd</h1><p>Vi stöttar kvinnor som är utsatta för våld.</p></main>'
            '<aside class="widget widget_text"><h2 class="widget-title">Jourtelefon</h2><p>Ring oss: 0370-100 20'
            '<br>Vardagar 09.00–21.00, helger 12.00–18.00</p></aside>'
            '<aside class="widget"><h2>Senaste nytt</h2><p>Ring 0370-999 99 för biljetter.</p></aside></body></html>')
    out = {k: f.value for k, f in extract_all(Page("https://x.se/", html)).items()}
    assert out["phone_numbers"] == ["+4637010020"]
    assert sorted(canonical(i) for i in out["opening_hours"]) == ["mon,tue,wed,thu,fri 09:00-21:00",
                                                                   "sat,sun 12:00-18:00"]


def test_cms_markup_keeps_content() -> None:
    """Sitevision's ubiquitous `sv-skip-spacer`, hero banners and WordPress entry headers are content."""
    from matrix.page import Page as P

    html = ('<html lang="sv"><body><header class="header"><nav><a href="/">Start</a></nav></header>'
            '<div class="sv-layout sv-skip-spacer sv-template-portlet" id="svid10_1"><div class="hero-banner">'
            '<h1>Våld i nära relationer</h1><p>Vi erbjuder stöd till dig som är utsatt för våld.</p></div></div>'
            '<article><header class="entry-header"><h2 class="entry-title">Skyddat boende</h2></header>'
            '<p>Text.</p></article></body></html>')
    texts = [b.text for b in P("https://x.se/", html).blocks]
    assert texts == ["Våld i nära relationer", "Vi erbjuder stöd till dig som är utsatt för våld.", "Skyddat boende",
                     "Text."]


def test_nested_layout_table_keeps_cell_boundaries() -> None:
    """An old table layout: the outer cell's own text must not glue the inner table's cells together
    ("TelefontidMån, ons …" read Monday away)."""
    html = ('<html lang="sv"><body><table><tr><td><h1>Familjefrid</h1><p>Vi tar emot kvinnor som utsatts för våld.</p>'
            "<table><tr><th>Telefontid</th><td>Mån, ons och fre 8.30–11.30</td></tr></table></td></tr></table>"
            "</body></html>")
    found = extract_all(Page("https://x.se/", html))["opening_hours"].value
    assert sorted({canonical(i) for i in found}) == ["mon,wed,fri 08:30-11:30"]


def test_arabic_page_own_line_open_around_the_clock() -> None:
    html = ('<html lang="ar"><body><main><h1>ليندا</h1><p>اتصلي بخط الدعم 020-74 74 20. الخط مفتوح على مدار الساعة.</p>'
            "</main></body></html>")
    out = {k: f.value for k, f in extract_all(Page("https://x.se/ar", html)).items()}
    assert out["hotline_24h"] is True
    assert [canonical(i) for i in out["opening_hours"]] == ["mon,tue,wed,thu,fri,sat,sun 00:00-24:00"]


def test_header_and_footer_numbers_are_the_sites() -> None:
    """A phone in the site header ("hdr_phone") or in a table layout's footer row ("sidfot") is not the page's."""
    html = ('<html lang="sv"><body><header><p class="hdr_phone">Stödlinjen <a href="tel:+4620747420">020-74 74 20</a>'
            "</p></header><table><tr><td><h1>Bli stödkvinna</h1><p>Vi söker volontärer. Ring 08-465 004 31.</p></td>"
            '</tr><tr><td class="sidfot">Tel (vx) 0451-26 76 00</td></tr></table></body></html>')
    assert extract_all(Page("https://x.se/", html))["phone_numbers"].value == ["+46846500431"]

"""Plain-text pages (as a PDF or a text export reads): no markup, so only what the text itself says counts.

Site-wide features are false unless the text itself carries them (a text has no buttons or widgets).
"""

W5 = "mon,tue,wed,thu,fri"
ALL = "mon,tue,wed,thu,fri,sat,sun"
NONE = dict(languages=["sv"], machine_translation=False, easy_read=False, sign_language=False, text_to_speech=False,
            quick_exit=False, hide_visit_advice=False)

PAGES = [
dict(name="t01-kommun-vaggeryd-vald", site="text", kind="kommun",
     url="https://www.vaggeryd.se/download/folder-vald-i-nara-relationer.txt",
     text="""
Våld i nära relationer – stöd från socialtjänsten i Vaggeryds kommun

Är du utsatt för våld av någon du lever med eller har levt med? Du kan få stöd av socialtjänsten, oavsett om du är kvinna eller man.

Barn som har upplevt våld hemma kan få egna samtal.

Vi kan erbjuda:
- stödsamtal
- hjälp med skyddat boende
- hjälp att kontakta polisen

Ring socialtjänstens mottagning: 0393-781 20
Måndag-fredag kl. 08.00-10.00

Kvinnofridslinjen, dygnet runt: 020-50 50 50
""",
     **NONE, ex=["nara_relation", "barn_som_upplever_vald"], g=["kvinnor", "man", "barn_unga"],
     ph=["0393-781 20", "020-50 50 50"], oh=[f"{W5} 08:00-10:00"]),

dict(name="t02-jour-kvinnojour-gislaved", site="text", kind="jour",
     url="https://kvinnojourengislaved.example.se/folder.txt",
     text="""
KVINNOJOUREN I GISLAVED

Vi stöttar kvinnor och tjejer från 16 år som utsätts för våld, hot eller kränkningar av en partner eller familj.
Vi finns för dig som bor i Gislaved eller Gnosjö.

JOURTELEFON 0371-100 25
Öppen dygnet runt, alla dagar.

Tips: Surfa i privat läge eller rensa historiken efter att du besökt vår hemsida, om du är rädd att någon kontrollerar din telefon.
""",
     **(NONE | dict(hide_visit_advice=True)), ex=["nara_relation"], g=["kvinnor", "flickor"],
     ph=["0371-100 25"], h24=True, ca=["Gislaved", "Gnosjö"], oh=[f"{ALL} 00:00-24:00"],
     note="hide-visit advice in plain text"),

dict(name="t03-region-atv-jonkoping", site="text", kind="region",
     url="https://www.rjl.se/download/atv-information.txt",
     text="""
Alternativ till våld (ATV) – Region Jönköpings län

ATV ger behandling till dig som har använt våld i en nära relation. Vi tar emot män, kvinnor och ungdomar från 15 år.

Du som har blivit utsatt för våld av din partner kan också få stödsamtal hos oss.

Telefon: +46 (0)36-32 57 40
Telefontid: tisdag och torsdag 12.30–13.30

Den här informationen finns också på lättläst svenska och på engelska, arabiska och somaliska på www.rjl.se/atv.
""",
     **(NONE | dict(easy_read=True, languages=["sv", "en", "ar", "so"])),
     ex=["valdsutovare", "nara_relation"], g=["man", "kvinnor", "barn_unga"], ph=["+46 (0)36-32 57 40"],
     oh=["tue,thu 12:30-13:30"],
     note="text says the information exists in easy-read and three languages (offered, though not linked)"),

dict(name="t04-kommun-general-vald", site="text", kind="kommun",
     url="https://www.gnosjo.se/download/vad-ar-vald.txt",
     text="""
Vad är våld?

Våld kan vara fysiskt, psykiskt, sexuellt, ekonomiskt eller digitalt. Våld i nära relationer drabbar främst kvinnor, men även män, barn och hbtq-personer utsätts.

Våld är ett brott. Det är aldrig den utsattas fel.

Läs mer på kommunens webbplats under Omsorg och stöd.
""",
     **NONE, note="general information; groups named only descriptively -> exposure/gender []"),

dict(name="t05-jour-mansjour-english", site="text", kind="jour",
     url="https://mansjourenvast.example.se/english.txt",
     text="""
Men's helpline – Mansjouren Väst

We offer support to men who are subjected to violence or threats in a close relationship. We do not offer support to women; please contact a women's shelter.

Call 0771-10 20 30, Monday to Thursday 6 pm – 9 pm.
""",
     **(NONE | dict(languages=["en"])), ex=["nara_relation"], g=["man"], ph=["0771-10 20 30"],
     oh=["mon,tue,wed,thu 18:00-21:00"], note="English plain text; negation for women"),
]

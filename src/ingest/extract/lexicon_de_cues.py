"""German cue verbs: the finite forms that report speech (data only; ``lexicon.DE_SPEECH_CUES`` adds their
plurals, participles and particle verbs). Moved out of ``lexicon`` in rules-1.231."""

from __future__ import annotations

DE_CUE_WORDS = (
    "sagte sagt sagten gesagt erklärte erklärt erklärten betonte betont betonten teilte teilten warnte "
    "warnt warnten kritisierte kritisiert fügte ergänzte ergänzt schrieb schreibt meinte meint räumte "
    "versicherte versichert bekräftigte bekräftigt bestätigte bestätigt forderte fordert unterstrich "
    "unterstreicht erläuterte erläutert berichtete berichtet behauptete behauptet argumentierte mahnte "
    "mahnt sagen äußerte äußert verkündete verkündet kommentierte antwortete entgegnete befürchten "
    "befürchtet befürchtete fürchtet fürchtete hofft hoffte glaubt glaubte vermutet vermutete schätzt "
    "schätzte erwartet erwartete verwies verweist kritisierten warnen fordern forderten bekräftigten "
    "betonen erklären berichten schreiben versicherten zitiert zitierte hieß heißt mitteilte mitteilten "
    "mitteilt einräumte einräumt kündigte ankündigte hinzufügte bekanntgab meldete meldet verlautete "
    "bestätigten mahnten erläuterten appellierte appelliert beklagte beklagt bemängelte erzählte erzählt "
    "erzählten schilderte schildert schilderten versprach verspricht rief ruft riefen "
    # rules-1.11: objections ("…, monierte der Fraktionschef", "rügte die Opposition")
    "monierte moniert monierten rügte rügt rügten beanstandete beanstandet "
    # rules-1.15: advice after a quote ("„…“, rät Energieberaterin Anke Solms")
    "rät riet empfahl empfiehlt "
    # rules-1.67: complaining after a quote ("„…“, klagt die 18-jährige Lea Bauer")
    "klagt klagte klagten "
    # rules-1.25: plurals of the strong pasts ("Lokale Medien berichteten, dass …" below for the weak ones)
    "schrieben verwiesen fügten kündigten versprachen empfahlen rieten "
    # rules-1.29: the present of separable cues whose past is one (live tickers: "Vollmer kündigt an, …")
    "kündigt teilt räumt fügt "
    # rules-1.34: speculating, reporting, demanding ("Nun vermelden örtliche Medien, dass …")
    "spekulierte spekuliert spekulieren vermeldete vermeldet vermelden verlangte verlangt verlangen "
    "mutmaßte mutmaßt mutmaßen bemängelt "
    # rules-1.263: denials ("Der Verein dementierte, dass ein Angebot vorliege"; not "bestritt": a match is played)
    "dementierte dementiert dementierten dementieren "
    "bestritt bestreitet bestritten "  # rules-1.462: with a clause only ("bestritt, dass …"; cues.DE_CLAUSE_ONLY)
    # rules-1.35: courts ("…, urteilte die Kammer"); rules-1.38: "Die Kammer hatte signalisiert, dass …"
    "urteilte urteilt urteilten signalisierte signalisiert "
    "entschied "  # rules-1.325: a court's ruling ("…, entschied der Erste Senat am Donnerstag.")
    # rules-1.42: a question after its quote ("„…?“, fragte Sprecherin X"); never a clause (clauses)
    "fragte fragten konterte kontert"  # rules-1.169: the last two
    # rules-1.231: assuring, confessing, summing up, revealing, remarking, qualifying, praising, regretting,
    # scolding, cheering, insisting, concluding, reminding (not denying or contradicting: "widersprach der
    # Ansicht, dass …" is no statement of the view; not "droht", "bemerkt", "prognostizierte" + an object)
    " beteuerte beteuert gestand gesteht bilanzierte bilanziert resümierte resümiert verriet verrät bemerkte "
    "präzisierte präzisiert relativierte relativiert lobte lobt bedauerte bedauert schimpfte schimpft "
    "jubelte jubelt insistierte insistiert folgerte folgert erinnerte"
)

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Reckoning</source>
        <translation>Über Reckoning</translation>
    </message>
    <message>
        <source>Reckoning&apos;s icon</source>
        <translation>Symbol von Reckoning</translation>
    </message>
    <message>
        <source>The version, licence, credits and links.</source>
        <translation>Version, Lizenz, Danksagungen und Links.</translation>
    </message>
    <message>
        <source>source not given</source>
        <translation>Quelle nicht angegeben</translation>
    </message>
    <message>
        <source>Article: “%1”, %2</source>
        <translation>Artikel: „%1“, %2</translation>
    </message>
    <message>
        <source>%1 — read it at %2</source>
        <translation>%1 — zu lesen bei %2</translation>
    </message>
    <message>
        <source>A reader for one news story: its article, its quotes and its dates.</source>
        <translation>Ein Leseprogramm für eine Nachrichtengeschichte: ihr Artikel, ihre Zitate und ihre Daten.</translation>
    </message>
    <message>
        <source>Free software under the %1 licence; © 2026 The Reckoning developers.</source>
        <translation>Freie Software unter der %1-Lizenz; © 2026 die Entwickler von Reckoning.</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Danksagungen</translation>
    </message>
    <message>
        <source>Image: %1</source>
        <translation>Bild: %1</translation>
    </message>
    <message>
        <source>Built with Qt %1 and PySide6 %2 (Qt for Python), on Python %3.</source>
        <translation>Erstellt mit Qt %1 und PySide6 %2 (Qt for Python), auf Python %3.</translation>
    </message>
    <message>
        <source>Project home page</source>
        <translation>Projektseite</translation>
    </message>
</context>
<context>
    <name>ArticlePage</name>
    <message>
        <source>Copied the selected text</source>
        <translation>Ausgewählten Text kopiert</translation>
    </message>
    <message>
        <source>Copied 1 quote %1</source>
        <translation>1 Zitat %1 kopiert</translation>
    </message>
    <message>
        <source>Copied words of %1 %2</source>
        <translation>Worte von %1 %2 kopiert</translation>
    </message>
    <message>
        <source>Select words inside a quote to copy them with attribution</source>
        <translation>Wählen Sie Wörter innerhalb eines Zitats aus, um sie mit Namensnennung zu kopieren</translation>
    </message>
    <message>
        <source>Sent the article to the printer</source>
        <translation>Artikel an den Drucker gesendet</translation>
    </message>
    <message>
        <source>Saved the article as %1</source>
        <translation>Artikel als %1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected quote or text; quotes in the chosen form</source>
        <translation>Das ausgewählte Zitat oder den Text kopieren; Zitate in der gewählten Form</translation>
    </message>
    <message>
        <source>the selected quote</source>
        <translation>das ausgewählte Zitat</translation>
    </message>
    <message>
        <source>Copy &amp;quote</source>
        <translation>&amp;Zitat kopieren</translation>
    </message>
    <message>
        <source>Copy this quote in the chosen form</source>
        <translation>Dieses Zitat in der gewählten Form kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;with attribution</source>
        <translation>Mit &amp;Namensnennung kopieren</translation>
    </message>
    <message>
        <source>Export article as P&amp;DF…</source>
        <translation>Artikel als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Copy the selected quote, or words selected inside one, with who said them</source>
        <translation>Das ausgewählte Zitat oder darin ausgewählte Wörter mit dem Namen der Person kopieren, die sie sagte</translation>
    </message>
    <message>
        <source>Caret &amp;browsing</source>
        <translation>&amp;Cursor-Navigation</translation>
    </message>
    <message>
        <source>Move a caret with the arrows and select words with Shift</source>
        <translation>Einen Textcursor mit den Pfeiltasten bewegen und Wörter mit Umschalt auswählen</translation>
    </message>
    <message>
        <source>Select the whole article</source>
        <translation>Den ganzen Artikel auswählen</translation>
    </message>
    <message>
        <source>S&amp;elect all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find words in the article</source>
        <translation>Wörter im Artikel suchen</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Zum nächsten Treffer</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Zum vorherigen Treffer</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Make the article&apos;s text larger</source>
        <translation>Den Text des Artikels vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Verkl&amp;einern</translation>
    </message>
    <message>
        <source>Make the article&apos;s text smaller</source>
        <translation>Den Text des Artikels verkleinern</translation>
    </message>
    <message>
        <source>Show the article&apos;s text at 100 %</source>
        <translation>Den Text des Artikels in 100 % zeigen</translation>
    </message>
    <message>
        <source>Actual &amp;size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Page &amp;theme</source>
        <translation>Seiten&amp;farbe</translation>
    </message>
    <message>
        <source>&amp;Print article…</source>
        <translation>Artikel &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the article</source>
        <translation>Den Artikel drucken</translation>
    </message>
    <message>
        <source>Save the article as a PDF file</source>
        <translation>Den Artikel als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Select a quote, or words in the article, to copy</source>
        <translation>Wählen Sie ein Zitat oder Wörter im Artikel zum Kopieren aus</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln quotes %1</source>
        <translation>
            <numerusform>%Ln Zitat %1 kopiert</numerusform>
            <numerusform>%Ln Zitate %1 kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Caret browsing on: arrows move the caret, Shift+arrows select; F7 turns it off</source>
        <translation>Cursor-Navigation an: Pfeiltasten bewegen den Cursor, Umschalt+Pfeiltasten wählen aus; F7 schaltet sie aus</translation>
    </message>
    <message>
        <source>Caret browsing off</source>
        <translation>Cursor-Navigation aus</translation>
    </message>
</context>
<context>
    <name>ArticlePrint</name>
    <message>
        <source>Export article as PDF</source>
        <translation>Artikel als PDF exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot export PDF</source>
        <translation>PDF kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Nothing could be written to %1.</source>
        <translation>In %1 konnte nichts geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>The story’s text. Tab moves between quotes and links; Enter selects a quote or opens a link.</source>
        <translation>Der Text der Geschichte. Tab springt zwischen Zitaten und Links; Eingabe wählt ein Zitat aus oder öffnet einen Link.</translation>
    </message>
    <message>
        <source>Selected the quote by %1</source>
        <translation>Zitat von %1 ausgewählt</translation>
    </message>
    <message>
        <source>Opening %1 in your browser</source>
        <translation>%1 wird im Browser geöffnet</translation>
    </message>
    <message>
        <source>Could not open %1: no web browser could be started</source>
        <translation>%1 konnte nicht geöffnet werden: kein Webbrowser ließ sich starten</translation>
    </message>
    <message>
        <source>Refused to open “%1”: only web links (http, https) open from an article</source>
        <translation>„%1“ nicht geöffnet: Aus einem Artikel öffnen sich nur Weblinks (http, https)</translation>
    </message>
</context>
<context>
    <name>CopyAsMenu</name>
    <message>
        <source>Copy &amp;as</source>
        <translation>Kopieren a&amp;ls</translation>
    </message>
    <message>
        <source>Copy %1 %2, and make it the form Ctrl+C copies in</source>
        <translation>%1 %2 kopieren und zur Form machen, in der Strg+C kopiert</translation>
    </message>
</context>
<context>
    <name>CopyForms</name>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>With attribution</source>
        <translation>Mit Namensnennung</translation>
    </message>
    <message>
        <source>Markdown block quote</source>
        <translation>Markdown-Blockzitat</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Literaturangabe</translation>
    </message>
    <message>
        <source>as plain text</source>
        <translation>als reiner Text</translation>
    </message>
    <message>
        <source>with attribution</source>
        <translation>mit Namensnennung</translation>
    </message>
    <message>
        <source>as Markdown</source>
        <translation>als Markdown</translation>
    </message>
    <message>
        <source>as a citation</source>
        <translation>als Literaturangabe</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Out today</source>
        <translation>Heute erschienen</translation>
    </message>
    <message>
        <source>Premiere today</source>
        <translation>Heute Premiere</translation>
    </message>
    <message>
        <source>Published today</source>
        <translation>Heute veröffentlicht</translation>
    </message>
    <message>
        <source>Filming today</source>
        <translation>Heute Dreharbeiten</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Released %1 ago</source>
        <translation>Vor %1 erschienen</translation>
    </message>
    <message>
        <source>Premiered %1 ago</source>
        <translation>Premiere vor %1</translation>
    </message>
    <message>
        <source>Published %1 ago</source>
        <translation>Vor %1 veröffentlicht</translation>
    </message>
    <message>
        <source>Filmed %1 ago</source>
        <translation>Vor %1 gedreht</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>a sentence of its own</comment>
        <translation>Vor %1</translation>
    </message>
    <message>
        <source>1 year</source>
        <comment>time ago</comment>
        <translation>1 Jahr</translation>
    </message>
    <message numerus="yes">
        <source>%Ln years</source>
        <comment>time ago</comment>
        <translation>
            <numerusform>%Ln Jahr</numerusform>
            <numerusform>%Ln Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month</source>
        <comment>time ago</comment>
        <translation>1 Monat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln months</source>
        <comment>time ago</comment>
        <translation>
            <numerusform>%Ln Monat</numerusform>
            <numerusform>%Ln Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day</source>
        <comment>time ago</comment>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <comment>time ago</comment>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message numerus="yes">
        <source>In %Ln days</source>
        <translation>
            <numerusform>In %Ln Tag</numerusform>
            <numerusform>In %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day %1</source>
        <comment>the clock</comment>
        <translation>1 Tag %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days %1</source>
        <comment>the clock</comment>
        <translation>
            <numerusform>%Ln Tag %1</numerusform>
            <numerusform>%Ln Tage %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list of durations</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list of durations</comment>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>CountdownView</name>
    <message>
        <source>Event to count to</source>
        <translation>Ereignis, bis zu dem gezählt wird</translation>
    </message>
    <message>
        <source>Choose which date of the story the countdown counts to or from.</source>
        <translation>Wählen Sie, bis zu welchem oder ab welchem Datum der Geschichte der Countdown zählt.</translation>
    </message>
    <message>
        <source>Export event…</source>
        <translation>Ereignis exportieren…</translation>
    </message>
    <message>
        <source>Export the event as a calendar file</source>
        <translation>Das Ereignis als Kalenderdatei exportieren</translation>
    </message>
    <message>
        <source>Save the chosen event as an iCalendar file for a calendar app.</source>
        <translation>Das gewählte Ereignis als iCalendar-Datei für eine Kalender-App speichern.</translation>
    </message>
    <message>
        <source>This article names no date to count to.</source>
        <translation>Dieser Artikel nennt kein Datum, bis zu dem gezählt werden kann.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>This article names no date to export</source>
        <translation>Dieser Artikel nennt kein Datum zum Exportieren</translation>
    </message>
    <message>
        <source>Export event</source>
        <translation>Ereignis exportieren</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Cannot export event</source>
        <translation>Ereignis kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported “%1” to %2</source>
        <translation>„%1“ nach %2 exportiert</translation>
    </message>
    <message>
        <source>%1, counted from local midnight (%2)</source>
        <translation>%1, gezählt ab Mitternacht Ortszeit (%2)</translation>
    </message>
    <message>
        <source>%1, counted from its first day, at local midnight (%2)</source>
        <translation>%1, gezählt ab seinem ersten Tag, um Mitternacht Ortszeit (%2)</translation>
    </message>
    <message>
        <source>No time zone is called “%1”; still counting in %2</source>
        <translation>Keine Zeitzone heißt „%1“; weiter gezählt wird in %2</translation>
    </message>
    <message>
        <source>Now is before 1 January of year 1 in %1, where the calendar begins: the count starts there</source>
        <translation>Jetzt liegt in %1 vor dem 1. Januar des Jahres 1, mit dem der Kalender beginnt: Dort beginnt die Zählung</translation>
    </message>
    <message>
        <source>The calendar ends with 31 December 9999 in %1: the count stops there</source>
        <translation>Der Kalender endet in %1 mit dem 31. Dezember 9999: Dort endet die Zählung</translation>
    </message>
    <message>
        <source>left until the day begins, at midnight in %1</source>
        <translation>bis der Tag beginnt, um Mitternacht in %1</translation>
    </message>
    <message>
        <source>since the day began, at midnight in %1</source>
        <translation>seit der Tag begann, um Mitternacht in %1</translation>
    </message>
    <message>
        <source>The article said “%1”.</source>
        <translation>Im Artikel stand „%1“.</translation>
    </message>
    <message>
        <source>1 earlier plan superseded.</source>
        <translation>1 früherer Termin überholt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln earlier plans superseded.</source>
        <translation>
            <numerusform>%Ln früherer Termin überholt.</numerusform>
            <numerusform>%Ln frühere Termine überholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned for %1, superseded.</source>
        <translation>Geplant für %1, überholt.</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>a month, as QLocale formats a date</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>a short month, as QLocale formats a date</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a short date, as QLocale formats a date</comment>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>DeferredPage</name>
    <message>
        <source>This tab</source>
        <translation>Dieser Tab</translation>
    </message>
    <message>
        <source>%1 could not be shown: %2.

The other tabs still work, and your story is still open.</source>
        <translation>%1 konnte nicht angezeigt werden: %2.

Die anderen Tabs funktionieren weiter, und Ihre Geschichte ist noch geöffnet.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Reckoning — unexpected error</source>
        <translation>Reckoning — unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Reckoning is still running and your story is still open, but what you just did may not have finished.</source>
        <translation>Etwas ist schiefgegangen: %1

Reckoning läuft weiter und Ihre Geschichte ist noch geöffnet, aber was Sie gerade getan haben, wurde vielleicht nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>This has happened %n times since this message appeared.</source>
        <translation>Das ist seit dieser Meldung %n-mal passiert.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Type to find words in the article; Enter goes to the next match, Escape closes.</source>
        <translation>Tippen Sie, um Wörter im Artikel zu finden; Eingabe springt zum nächsten Treffer, Escape schließt.</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3, Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+F3, Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (F3, Enter)</source>
        <translation>Nächster Treffer (F3, Eingabe)</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Escape)</translation>
    </message>
    <message>
        <source>%1 of more than %2</source>
        <translation>%1 von mehr als %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>IconsWithoutReading</name>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>%1 could not be opened again; showing the cliff-jump story.</source>
        <translation>%1 konnte nicht wieder geöffnet werden; die Klippensprung-Geschichte wird gezeigt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Articles and stories (*.txt *.md *.markdown *.html *.htm *.xhtml *.json)</source>
        <translation>Artikel und Geschichten (*.txt *.md *.markdown *.html *.htm *.xhtml *.json)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Saved web pages (*.html *.htm *.xhtml)</source>
        <translation>Gespeicherte Webseiten (*.html *.htm *.xhtml)</translation>
    </message>
    <message>
        <source>Reckoning stories (*.json)</source>
        <translation>Reckoning-Geschichten (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The Quotes tab</source>
        <translation>Der Tab „Zitate“</translation>
    </message>
    <message>
        <source>The Countdown tab</source>
        <translation>Der Tab „Countdown“</translation>
    </message>
    <message>
        <source>The Article, Quotes and Countdown tabs.</source>
        <translation>Die Tabs Artikel, Zitate und Countdown.</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <source>Article, Quotes and Countdown; Ctrl+1, 2, 3 or Ctrl+Tab switch tabs.</source>
        <translation>Artikel, Zitate und Countdown; Strg+1, 2, 3 oder Strg+Tab wechseln den Tab.</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Artikel</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Zitate</translation>
    </message>
    <message>
        <source>C&amp;ountdown</source>
        <translation>C&amp;ountdown</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Cannot open story</source>
        <translation>Geschichte kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Stopped opening %1; the story you had is still open</source>
        <translation>Öffnen von %1 abgebrochen; die bisherige Geschichte bleibt geöffnet</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Wird geöffnet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop opening this file (Escape)</source>
        <translation>Öffnen dieser Datei abbrechen (Escape)</translation>
    </message>
    <message>
        <source>Opened the story that comes with Reckoning</source>
        <translation>Die mit Reckoning gelieferte Geschichte geöffnet</translation>
    </message>
    <message>
        <source>No recent articles</source>
        <translation>Keine zuletzt geöffneten Artikel</translation>
    </message>
    <message>
        <source>Articles you open appear here</source>
        <translation>Hier erscheinen die Artikel, die Sie öffnen</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Forget the articles opened recently (the files stay where they are)</source>
        <translation>Die zuletzt geöffneten Artikel vergessen (die Dateien bleiben, wo sie sind)</translation>
    </message>
    <message>
        <source>%1 no longer exists; it is off the list.</source>
        <translation>%1 existiert nicht mehr und ist aus der Liste entfernt.</translation>
    </message>
    <message>
        <source>Open story or article</source>
        <translation>Geschichte oder Artikel öffnen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an article: plain text, Markdown, a saved web page, or a Reckoning story</source>
        <translation>Einen Artikel öffnen: reiner Text, Markdown, eine gespeicherte Webseite oder eine Reckoning-Geschichte</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the &amp;cliff-jump story</source>
        <translation>&amp;Klippensprung-Geschichte öffnen</translation>
    </message>
    <message>
        <source>E&amp;xport quotes…</source>
        <translation>Zitate &amp;exportieren…</translation>
    </message>
    <message>
        <source>Go back to the Entertainment Weekly story that comes with Reckoning</source>
        <translation>Zur mit Reckoning gelieferten Geschichte von Entertainment Weekly zurückkehren</translation>
    </message>
    <message>
        <source>Save the quotes shown to a CSV or Markdown file</source>
        <translation>Die angezeigten Zitate als CSV- oder Markdown-Datei speichern</translation>
    </message>
    <message>
        <source>Export &amp;event…</source>
        <translation>E&amp;reignis exportieren…</translation>
    </message>
    <message>
        <source>Save the Countdown tab&apos;s event as an iCalendar (.ics) file</source>
        <translation>Das Ereignis des Countdown-Tabs als iCalendar-Datei (.ics) speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Reckoning</source>
        <translation>Reckoning beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;nsicht</translation>
    </message>
    <message>
        <source>Show the Article tab</source>
        <translation>Den Tab „Artikel“ zeigen</translation>
    </message>
    <message>
        <source>Show the Quotes tab</source>
        <translation>Den Tab „Zitate“ zeigen</translation>
    </message>
    <message>
        <source>&amp;Countdown</source>
        <translation>&amp;Countdown</translation>
    </message>
    <message>
        <source>Show the Countdown tab</source>
        <translation>Den Tab „Countdown“ zeigen</translation>
    </message>
    <message>
        <source>&amp;Next tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <source>Show the tab to the right</source>
        <translation>Den Tab rechts daneben zeigen</translation>
    </message>
    <message>
        <source>&amp;Previous tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <source>Show the tab to the left</source>
        <translation>Den Tab links daneben zeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every key and what it does</source>
        <translation>Alle Tasten auflisten und was sie tun</translation>
    </message>
    <message>
        <source>&amp;About Reckoning</source>
        <translation>&amp;Über Reckoning</translation>
    </message>
    <message>
        <source>About this app and the article</source>
        <translation>Über diese App und den Artikel</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
</context>
<context>
    <name>PageTheme</name>
    <message>
        <source>&amp;Match the desktop</source>
        <translation>&amp;Wie der Desktop</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Sepia</source>
        <translation>&amp;Sepia</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s colours</source>
        <translation>Den Farben des Desktops folgen</translation>
    </message>
    <message>
        <source>Show the article on a light page</source>
        <translation>Den Artikel auf einer hellen Seite zeigen</translation>
    </message>
    <message>
        <source>Show the article on a sepia page</source>
        <translation>Den Artikel auf einer Sepia-Seite zeigen</translation>
    </message>
    <message>
        <source>Show the article on a dark page</source>
        <translation>Den Artikel auf einer dunklen Seite zeigen</translation>
    </message>
</context>
<context>
    <name>QuoteList</name>
    <message>
        <source>No starred quotes by %1 match “%2”.</source>
        <translation>Keine markierten Zitate von %1 passen zu „%2“.</translation>
    </message>
    <message>
        <source>No starred quotes by %1.</source>
        <translation>Keine markierten Zitate von %1.</translation>
    </message>
    <message>
        <source>No starred quotes match “%1”.</source>
        <translation>Keine markierten Zitate passen zu „%1“.</translation>
    </message>
    <message>
        <source>No starred quotes.</source>
        <translation>Keine markierten Zitate.</translation>
    </message>
    <message>
        <source>No quotes by %1 match “%2”.</source>
        <translation>Keine Zitate von %1 passen zu „%2“.</translation>
    </message>
    <message>
        <source>No quotes by %1.</source>
        <translation>Keine Zitate von %1.</translation>
    </message>
    <message>
        <source>No quotes match “%1”.</source>
        <translation>Keine Zitate passen zu „%1“.</translation>
    </message>
    <message>
        <source>No quotes.</source>
        <translation>Keine Zitate.</translation>
    </message>
    <message>
        <source>“%1” — %2. Starred.</source>
        <translation>„%1“ — %2. Markiert.</translation>
    </message>
    <message>
        <source>“%1” — %2. Not starred.</source>
        <translation>„%1“ — %2. Nicht markiert.</translation>
    </message>
</context>
<context>
    <name>QuotesView</name>
    <message>
        <source>Filter by speaker</source>
        <translation>Nach Sprecher filtern</translation>
    </message>
    <message>
        <source>Show the quotes of one speaker, or of everyone.</source>
        <translation>Die Zitate einer Person zeigen oder die aller.</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <source>%1 Favourites</source>
        <translation>%1 Favoriten</translation>
    </message>
    <message>
        <source>Show favourites only</source>
        <translation>Nur Favoriten zeigen</translation>
    </message>
    <message>
        <source>When on, only starred quotes are listed.</source>
        <translation>Eingeschaltet werden nur markierte Zitate gelistet.</translation>
    </message>
    <message>
        <source>Show only starred quotes</source>
        <translation>Nur markierte Zitate zeigen</translation>
    </message>
    <message>
        <source>Search quotes and speakers</source>
        <translation>Zitate und Sprecher durchsuchen</translation>
    </message>
    <message>
        <source>Search quotes</source>
        <translation>Zitate durchsuchen</translation>
    </message>
    <message>
        <source>Type to list only quotes whose words or speaker match; Down, Up or Enter move to the list, Escape clears.</source>
        <translation>Tippen Sie, um nur Zitate zu listen, deren Wörter oder Sprecher passen; Pfeil runter, Pfeil hoch oder Eingabe wechseln zur Liste, Escape leert das Feld.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>The article’s quotes and speakers. Ctrl+C copies the selected ones, Ctrl+D stars them.</source>
        <translation>Die Zitate des Artikels und wer sie sagte. Strg+C kopiert die ausgewählten, Strg+D markiert sie.</translation>
    </message>
    <message>
        <source>Selected quote in full</source>
        <translation>Ausgewähltes Zitat vollständig</translation>
    </message>
    <message>
        <source>The selected quote, its speaker, and the sentence around it in the article.</source>
        <translation>Das ausgewählte Zitat, wer es sagte, und der Satz um es herum im Artikel.</translation>
    </message>
    <message>
        <source>Copy selected quotes</source>
        <translation>Ausgewählte Zitate kopieren</translation>
    </message>
    <message>
        <source>Copy the selected quotes; its menu chooses the form.</source>
        <translation>Die ausgewählten Zitate kopieren; das Menü wählt die Form.</translation>
    </message>
    <message>
        <source>Copy the selected quotes; the arrow chooses the form</source>
        <translation>Die ausgewählten Zitate kopieren; der Pfeil wählt die Form</translation>
    </message>
    <message>
        <source>Select a quote to copy</source>
        <translation>Wählen Sie ein Zitat zum Kopieren aus</translation>
    </message>
    <message>
        <source>Copied 1 quote %1</source>
        <translation>1 Zitat %1 kopiert</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln quotes %1</source>
        <translation>
            <numerusform>%Ln Zitat %1 kopiert</numerusform>
            <numerusform>%Ln Zitate %1 kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a quote to star</source>
        <translation>Wählen Sie ein Zitat zum Markieren aus</translation>
    </message>
    <message>
        <source>Starred 1 quote</source>
        <translation>1 Zitat markiert</translation>
    </message>
    <message numerus="yes">
        <source>Starred %Ln quotes</source>
        <translation>
            <numerusform>%Ln Zitat markiert</numerusform>
            <numerusform>%Ln Zitate markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Unstarred 1 quote</source>
        <translation>Markierung von 1 Zitat entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Unstarred %Ln quotes</source>
        <translation>
            <numerusform>Markierung von %Ln Zitat entfernt</numerusform>
            <numerusform>Markierung von %Ln Zitaten entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Export quotes</source>
        <translation>Zitate exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Markdown (*.md)</source>
        <translation>CSV (*.csv);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Cannot export quotes</source>
        <translation>Zitate können nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported 1 quote to %1</source>
        <translation>1 Zitat nach %1 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln quotes to %1</source>
        <translation>
            <numerusform>%Ln Zitat nach %1 exportiert</numerusform>
            <numerusform>%Ln Zitate nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected quotes in the chosen form</source>
        <translation>Die ausgewählten Zitate in der gewählten Form kopieren</translation>
    </message>
    <message>
        <source>the selected quotes</source>
        <translation>die ausgewählten Zitate</translation>
    </message>
    <message>
        <source>Star the selected quotes as favourites</source>
        <translation>Die ausgewählten Zitate als Favoriten markieren</translation>
    </message>
    <message>
        <source>Search the quotes</source>
        <translation>Die Zitate durchsuchen</translation>
    </message>
    <message>
        <source>Search &amp;quotes</source>
        <translation>Zitate &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Un&amp;star</source>
        <translation>&amp;Markierung entfernen</translation>
    </message>
    <message>
        <source>Take the star off the selected quotes</source>
        <translation>Den Stern von den ausgewählten Zitaten nehmen</translation>
    </message>
    <message>
        <source>%1 Favourites only</source>
        <translation>%1 Nur Favoriten</translation>
    </message>
    <message>
        <source>Showing only starred quotes; click to show all</source>
        <translation>Nur markierte Zitate werden gezeigt; klicken, um alle zu zeigen</translation>
    </message>
    <message>
        <source>Copy · %1</source>
        <translation>Kopieren · %1</translation>
    </message>
    <message>
        <source>Copy selected quotes %1</source>
        <translation>Ausgewählte Zitate %1 kopieren</translation>
    </message>
    <message>
        <source>All speakers (%1)</source>
        <translation>Alle Sprecher (%1)</translation>
    </message>
    <message>
        <source>%1 of %2 quotes</source>
        <translation>%1 von %2 Zitaten</translation>
    </message>
    <message>
        <source>%1 of 1 quote</source>
        <translation>%1 von 1 Zitat</translation>
    </message>
    <message>
        <source>This story has no quotes.</source>
        <translation>Diese Geschichte enthält keine Zitate.</translation>
    </message>
    <message>
        <source>No favourites yet. Star a quote with Ctrl+D or by clicking its ☆.</source>
        <translation>Noch keine Favoriten. Markieren Sie ein Zitat mit Strg+D oder mit einem Klick auf sein ☆.</translation>
    </message>
    <message>
        <source>Select a quote to read it in full.</source>
        <translation>Wählen Sie ein Zitat aus, um es vollständig zu lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln quotes selected.</source>
        <translation>
            <numerusform>%Ln Zitat ausgewählt.</numerusform>
            <numerusform>%Ln Zitate ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>In the article:</source>
        <translation>Im Artikel:</translation>
    </message>
    <message>
        <source>(%1 characters in all; Copy copies them all)</source>
        <translation>(%1 Zeichen insgesamt; Kopieren kopiert sie alle)</translation>
    </message>
    <message>
        <source>Showing all quotes, so the selected one is in the list</source>
        <translation>Alle Zitate werden gezeigt, damit das ausgewählte in der Liste steht</translation>
    </message>
    <message>
        <source>Unselected 1 quote the filter hides</source>
        <translation>1 Zitat, das der Filter ausblendet, ist nicht mehr ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>Unselected %Ln quotes the filter hides</source>
        <translation>
            <numerusform>%Ln Zitat, das der Filter ausblendet, ist nicht mehr ausgewählt</numerusform>
            <numerusform>%Ln Zitate, die der Filter ausblendet, sind nicht mehr ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is selected: the filter hides the quote that was</source>
        <translation>Nichts ist ausgewählt: Der Filter blendet das ausgewählte Zitat aus</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is selected: the filter hides the %Ln quotes that were</source>
        <translation>
            <numerusform>Nichts ist ausgewählt: Der Filter blendet das %Ln ausgewählte Zitat aus</numerusform>
            <numerusform>Nichts ist ausgewählt: Der Filter blendet die %Ln ausgewählten Zitate aus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Each key and what it does, grouped by the tab where it works.</source>
        <translation>Jede Taste und was sie tut, nach dem Tab gruppiert, in dem sie wirkt.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Wirkung</translation>
    </message>
</context>
<context>
    <name>StoryError</name>
    <message>
        <source>Reckoning opens its own stories (.json), plain text (.txt), Markdown (.md, .markdown) and saved web pages (.html, .htm, .xhtml).</source>
        <translation>Reckoning öffnet eigene Geschichten (.json), reinen Text (.txt), Markdown (.md, .markdown) und gespeicherte Webseiten (.html, .htm, .xhtml).</translation>
    </message>
    <message>
        <source>The bundled story is missing from the installation: %1</source>
        <translation>Die mitgelieferte Geschichte fehlt in der Installation: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read as a story: %2</source>
        <translation>%1 kann nicht als Geschichte gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no paragraphs of text to read.</source>
        <translation>%1 enthält keine Textabsätze zum Lesen.</translation>
    </message>
    <message>
        <source>%1: “countdown” names the event “%2”, which is not in “events”.</source>
        <translation>%1: „countdown“ nennt das Ereignis „%2“, das nicht in „events“ steht.</translation>
    </message>
    <message>
        <source>%1 is missing “countdown”.</source>
        <translation>In %1 fehlt „countdown“.</translation>
    </message>
    <message>
        <source>The article text is empty.</source>
        <translation>Der Artikeltext ist leer.</translation>
    </message>
    <message>
        <source>The article text must start with a line “date YYYY-MM-DD” followed by the dek.</source>
        <translation>Der Artikeltext muss mit einer Zeile „date YYYY-MM-DD“ beginnen, gefolgt vom Vorspann.</translation>
    </message>
    <message>
        <source>The article text has no body paragraphs.</source>
        <translation>Der Artikeltext hat keine Absätze.</translation>
    </message>
    <message>
        <source>%1 must be an object with “text” and “speaker”.</source>
        <translation>%1 muss ein Objekt mit „text“ und „speaker“ sein.</translation>
    </message>
    <message>
        <source>%1 names the speaker “%2”, who is not in “speakers”.</source>
        <translation>%1 nennt den Sprecher „%2“, der nicht in „speakers“ steht.</translation>
    </message>
    <message>
        <source>%1 (“%2”) is not quoted in the article text after the quote before it.</source>
        <translation>%1 („%2“) wird im Artikeltext nicht nach dem vorigen Zitat zitiert.</translation>
    </message>
    <message>
        <source>%1 must be an object with “name” and “role”.</source>
        <translation>%1 muss ein Objekt mit „name“ und „role“ sein.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1 has the kind “%2”; expected one of %3.</source>
        <translation>%1 hat die Art „%2“; erwartet wird eine von %3.</translation>
    </message>
    <message>
        <source>%1: “article” must be a file name beside the story, not a path: “%2”.</source>
        <translation>%1: „article“ muss ein Dateiname neben der Geschichte sein, kein Pfad: „%2“.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
        <translation>%1 ist kein gültiges JSON: %2 in Zeile %3, Spalte %4.</translation>
    </message>
    <message>
        <source>%1 is nested too deeply to be a story.</source>
        <translation>%1 ist zu tief verschachtelt, um eine Geschichte zu sein.</translation>
    </message>
    <message>
        <source>%1 holds a number too long to read.</source>
        <translation>%1 enthält eine Zahl, die zu lang zum Lesen ist.</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object.</source>
        <translation>%1 muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>%1 is not a Reckoning story (expected “format”: %2).</source>
        <translation>%1 ist keine Reckoning-Geschichte (erwartet: „format“: %2).</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 holds binary data, not text.</source>
        <translation>%1 enthält Binärdaten, keinen Text.</translation>
    </message>
    <message>
        <source>%1 is not %2 text (byte %3 cannot be read).</source>
        <translation>%1 ist kein %2-Text (Byte %3 kann nicht gelesen werden).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied.</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is a file of the operating system&apos;s, not an article.</source>
        <translation>%1 ist eine Datei des Betriebssystems, kein Artikel.</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the most a story file may be.</source>
        <translation>%1 ist größer als %2, die Höchstgröße einer Geschichte.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a story file.</source>
        <translation>%1 ist ein Ordner, keine Geschichte.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a pipe, a device or a socket).</source>
        <translation>%1 ist keine gewöhnliche Datei (sondern eine Pipe, ein Gerät oder ein Socket).</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; a story file may be at most %3.</source>
        <translation>%1 ist %2 Bytes groß; eine Geschichte darf höchstens %3 groß sein.</translation>
    </message>
    <message>
        <source>%1 did not finish reading in %2 seconds; it is not an ordinary file.</source>
        <translation>%1 wurde in %2 Sekunden nicht fertig gelesen; es ist keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date of the form YYYY-MM-DD.</source>
        <translation>%1: „%2“ ist kein Datum der Form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>%1 is missing “%2”.</source>
        <translation>In %1 fehlt „%2“.</translation>
    </message>
    <message>
        <source>%1: “%2” must be text.</source>
        <translation>%1: „%2“ muss Text sein.</translation>
    </message>
    <message>
        <source>%1: “%2” must be a list.</source>
        <translation>%1: „%2“ muss eine Liste sein.</translation>
    </message>
    <message>
        <source>%1: “%2” must be an object.</source>
        <translation>%1: „%2“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1 could not be read as an article (%2).</source>
        <translation>%1 konnte nicht als Artikel gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is a web page, but no article text could be found in it.</source>
        <translation>%1 ist eine Webseite, aber darin wurde kein Artikeltext gefunden.</translation>
    </message>
    <message>
        <source>%1 holds binary data, not a web page.</source>
        <translation>%1 enthält Binärdaten, keine Webseite.</translation>
    </message>
</context>
<context>
    <name>StoryLoader</name>
    <message>
        <source>%1 could not be opened: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 could not be read: the reader stopped before it finished.</source>
        <translation>%1 konnte nicht gelesen werden: Der Leseprozess endete vorzeitig.</translation>
    </message>
    <message>
        <source>%1 could not be read: the reader&apos;s answer was damaged.</source>
        <translation>%1 konnte nicht gelesen werden: Die Antwort des Leseprozesses war beschädigt.</translation>
    </message>
</context>
<context>
    <name>TextExport</name>
    <message>
        <source>%1 is the file this story was read from. Saving there would replace it; choose another name.</source>
        <translation>Aus %1 wurde diese Geschichte gelesen. Dort zu speichern würde die Datei ersetzen; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a named pipe, a device or a folder); choose a file.</source>
        <translation>%1 ist keine gewöhnliche Datei (eine benannte Pipe, ein Gerät oder ein Ordner); wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Timeline of the story</source>
        <translation>Zeitleiste der Geschichte</translation>
    </message>
    <message>
        <source>now</source>
        <comment>the timeline read aloud</comment>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>ZoneChooser</name>
    <message>
        <source>Time zone to count in</source>
        <translation>Zeitzone, in der gezählt wird</translation>
    </message>
    <message>
        <source>The time zone whose midnight the countdown counts to. Type a city or zone name to search.</source>
        <translation>Die Zeitzone, bis zu deren Mitternacht der Countdown zählt. Tippen Sie eine Stadt oder einen Zonennamen, um zu suchen.</translation>
    </message>
    <message>
        <source>Type a city or zone</source>
        <translation>Stadt oder Zone eingeben</translation>
    </message>
    <message>
        <source>Search time zones</source>
        <translation>Zeitzonen durchsuchen</translation>
    </message>
    <message>
        <source>Type part of a city, country or zone name; Enter chooses the first zone found.</source>
        <translation>Tippen Sie einen Teil eines Stadt-, Landes- oder Zonennamens; Eingabe wählt die erste gefundene Zone.</translation>
    </message>
    <message>
        <source>System time zone: %1</source>
        <translation>Zeitzone des Systems: %1</translation>
    </message>
</context>
</TS>

<HTML>
<HEAD>
<TITLE>FWG-Kreistagsfraktion Musterkreis - Datenschutz</TITLE>
<META NAME="keywords" CONTENT="FWG, Freie Wähler, Kreistag, Musterkreis, Fraktion">
<META NAME="author" CONTENT="Fraktionsgeschäftsstelle">
<LINK REL="stylesheet" HREF="style.css" TYPE="text/css">
</HEAD>
<BODY BGCOLOR="#FFFFFF" LEFTMARGIN="0" TOPMARGIN="0" MARGINWIDTH="0" MARGINHEIGHT="0">
<TABLE WIDTH="780" BORDER="0" CELLSPACING="0" CELLPADDING="0" ALIGN="center">
<TR><TD COLSPAN="3"><IMG SRC="bilder/kopf.jpg" WIDTH="780" HEIGHT="120" ALT="FWG - Freie Wählergemeinschaft im Kreistag"></TD></TR>
<TR><TD WIDTH="150" VALIGN="top" BGCOLOR="#E8F0D8"><FONT FACE="Verdana, Arial" SIZE="2">
<a href="index.html" class="navi">Startseite</a><br>
<a href="aktuelles.php" class="navi">Aktuelles</a><br>
<a href="fraktion.php" class="navi">Die Fraktion</a><br>
<a href="termine.php" class="navi">Termine</a><br>
<a href="kontakt.php" class="navi">Kontakt</a><br>
<a href="impressum.php" class="navi">Impressum</a><br>
<a href="datenschutz.php" class="navi">Datenschutz</a>
</FONT></TD>
<TD WIDTH="480" VALIGN="top"><FONT FACE="Verdana, Arial" SIZE="2">
<B><FONT SIZE="3">Datenschutz</FONT></B><BR><BR>
Diese Seiten speichern keine personenbezogenen Daten außer den Server-Logdateien.
</FONT></TD>
<TD WIDTH="150" VALIGN="top" BGCOLOR="#F4F4F4"><FONT FACE="Verdana, Arial" SIZE="1"><B>Fraktionsbüro</B><BR>Kreishaus, Raum 214<BR>Am Kreishaus 1<BR>12345 Musterstadt<BR>Tel. 01234 56-789<BR>Bürozeiten: Di und Do 9–12 Uhr</FONT></TD></TR>
<TR><TD COLSPAN="3" ALIGN="center"><FONT FACE="Verdana, Arial" SIZE="1">© 2003–2020 FWG-Kreistagsfraktion Musterkreis · <A HREF="impressum.php">Impressum</A> · <A HREF="/statistik/">Zugriffsstatistik</A> · <A HREF="/admin/">Redaktion</A><BR>Sie sind Besucher Nr. 048213</FONT></TD></TR>
</TABLE>
</BODY>
</HTML>

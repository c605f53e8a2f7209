<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>SPD-Kreistagsfraktion Borkenau - Pressemitteilungen</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<meta name="keywords" content="SPD, Kreistag, Borkenau, Fraktion, Kreispolitik, Pressemitteilungen">
<meta name="description" content="Die SPD-Fraktion im Kreistag Borkenau informiert.">
<meta name="author" content="SPD-Kreistagsfraktion Borkenau">
<link rel="stylesheet" href="css/style.css" type="text/css">
<script language="JavaScript" type="text/javascript" src="js/rollover.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('img/navi_on.gif')">
<table width="900" border="0" cellspacing="0" cellpadding="0" align="center" class="rahmen">
<tr><td colspan="2"><a href="index.php"><img src="img/kopf_2019.jpg" width="900" height="120" alt="SPD-Fraktion im Kreistag Borkenau" border="0"></a></td></tr>
<tr><td colspan="2" class="topnav" bgcolor="#E3000F" height="24">&nbsp;<a href="index.php" class="topnav">Startseite</a> | <a href="fraktion.php" class="topnav">Fraktion</a> | <a href="presse.php" class="topnav">Presse</a> | <a href="termine.php" class="topnav">Termine</a> | <a href="kontakt.php" class="topnav">Kontakt</a></td></tr>
<tr>
<td width="180" valign="top" bgcolor="#F2F2F2" class="navispalte">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="navhead">Fraktion</td></tr>
<tr><td class="navi"><a href="fraktion.php" class="navi">Unsere Mitglieder</a></td></tr>
<tr><td class="navi"><a href="ausschuesse.php" class="navi">Ausschüsse und Gremien</a></td></tr>
<tr><td class="navi"><a href="geschaeftsstelle.php" class="navi">Geschäftsstelle</a></td></tr>
<tr><td class="navhead">Presse</td></tr>
<tr><td class="navi"><a href="presse.php" class="navi">Pressemitteilungen</a></td></tr>
<tr><td class="navi">&nbsp;&nbsp;<a href="archiv.php?jahr=2024" class="navi">Archiv 2024</a></td></tr>
<tr><td class="navi">&nbsp;&nbsp;<a href="archiv.php?jahr=2023" class="navi">Archiv 2023</a></td></tr>
<tr><td class="navi">&nbsp;&nbsp;<a href="archiv.php?jahr=2022" class="navi">Archiv 2022</a></td></tr>
<tr><td class="navi"><a href="themen.php" class="navi">Themen A-Z</a></td></tr>
<tr><td class="navhead">Service</td></tr>
<tr><td class="navi"><a href="termine.php" class="navi">Termine</a></td></tr>
<tr><td class="navi"><a href="links.php" class="navi">Links</a></td></tr>
<tr><td class="navi"><a href="intern/" class="navi">Interner Bereich</a></td></tr>
<tr><td>&nbsp;</td></tr>
<tr><td class="klein" align="center"><a href="http://www.spd-kreis-borkenau.test/" target="_blank"><img src="img/spd_logo.gif" width="80" height="80" border="0" alt="SPD"></a><br>SPD im Kreis Borkenau</td></tr>
</table>
</td>
<td width="720" valign="top" class="inhalt">
<table width="100%" border="0" cellspacing="0" cellpadding="6"><tr><td colspan="2"><h1 class="headline">Pressemitteilungen</h1><p>Ältere Pressemitteilungen finden Sie im Archiv: <a href="archiv.php?jahr=2024">2024</a> | <a href="archiv.php?jahr=2023">2023</a> | <a href="archiv.php?jahr=2022">2022</a></p></td></tr>
<tr><td class="liste" valign="top" width="90">15.05.2024</td><td class="liste"><a href="pressemitteilung.php?id=347"><b>SPD-Fraktion wählt neuen Vorstand</b></a><br>Die Neuwahl des Fraktionsvorstands kommt voran: die SPD-Kreistagsfraktion hat die notwendigen Vorarbeiten abgeschlossen. Nach ersten Schätzungen sind dafür [&#8230;]</td></tr>
<tr><td class="liste" valign="top" width="90">15.05.2024</td><td class="liste"><a href="pressemitteilung.php?id=345"><b>Schülerticket: SPD fordert Ausweitung auf Auszubildende</b></a><br>Mit einem Antrag zur nächsten Sitzung des Kreistags am Samstag, 25. Mai 2024 setzt sich die SPD-Kreistagsfraktion für [&#8230;]</td></tr>
<tr><td class="liste" valign="top" width="90">28.02.2024</td><td class="liste"><a href="pressemitteilung.php?id=343"><b>Hausärztliche Versorgung auf dem Land sichern</b></a><br>Mit einem Antrag zur nächsten Sitzung des Kreistags am Mittwoch, 27. März 2024 setzt sich die SPD-Kreistagsfraktion für [&#8230;]</td></tr>
<tr><td class="liste" valign="top" width="90">29.01.2024</td><td class="liste"><a href="pressemitteilung.php?id=341"><b>Klimaschutz: Kreis muss bei eigenen Gebäuden vorangehen</b></a><br>Die SPD-Kreistagsfraktion macht sich für die energetische Sanierung der kreiseigenen Gebäude stark. Betroffen sind nach Angaben der Verwaltung [&#8230;]</td></tr>
<tr><td class="liste" valign="top" width="90">07.01.2024</td><td class="liste"><a href="pressemitteilung.php?id=339"><b>Haushaltsrede 2024: &#8222;Investieren statt kaputtsparen&#8220;</b></a><br>Die Haushaltsrede des Fraktionsvorsitzenden zum Kreishaushalt 2024 stand am Freitag im Mittelpunkt einer Sitzung des Kreistags. Davon profitieren [&#8230;]</td></tr>
<tr><td class="liste" valign="top" width="90">13.12.2023</td><td class="liste"><a href="pressemitteilung.php?id=337"><b>Ehrenamtskarte soll mehr Vergünstigungen bieten</b></a><br>Die SPD-Kreistagsfraktion macht sich für eine Aufwertung der Ehrenamtskarte stark. Bis Ende 2023 sollen die ersten 4 Teilabschnitte [&#8230;]</td></tr>
<tr><td class="liste" valign="top" width="90">06.10.2023</td><td class="liste"><a href="pressemitteilung.php?id=335"><b>SPD kritisiert Schließung der Kfz-Zulassungsstelle in Velden</b></a><br>Mit einem Antrag zur nächsten Sitzung des Kreistags am Mittwoch, 1. November 2023 setzt sich die SPD-Kreistagsfraktion für [&#8230;]</td></tr>
<tr><td class="liste" valign="top" width="90">16.06.2023</td><td class="liste"><a href="pressemitteilung.php?id=333"><b>Berufskolleg Borkenau: Sanierung darf nicht weiter verschoben werden</b></a><br>Die SPD-Kreistagsfraktion macht sich für die Sanierung des Berufskollegs Borkenau stark. Betroffen sind nach Angaben der Verwaltung rund [&#8230;]</td></tr>
<tr><td class="liste" valign="top" width="90">05.06.2023</td><td class="liste"><a href="pressemitteilung.php?id=331"><b>Digitale Sprechstunde der Fraktion startet im April</b></a><br>Die neue digitale Bürgersprechstunde der Fraktion stand am Donnerstag im Mittelpunkt einer Sitzung des Kreistags. Davon profitieren nach [&#8230;]</td></tr>
<tr><td class="liste" valign="top" width="90">30.05.2023</td><td class="liste"><a href="pressemitteilung.php?id=329"><b>Kreistag beschließt auf SPD-Antrag ein Wohnraumförderprogramm</b></a><br>Das kommunale Wohnraumförderprogramm des Kreises kommt voran: die SPD-Kreistagsfraktion hat die notwendigen Vorarbeiten abgeschlossen. Nach ersten Schätzungen sind [&#8230;]</td></tr>
<tr><td class="liste" valign="top" width="90">24.05.2023</td><td class="liste"><a href="pressemitteilung.php?id=327"><b>Pflegeplätze im Kreis: Bedarf deutlich höher als geplant</b></a><br>Mit einem Antrag zur nächsten Sitzung des Kreistags am Mittwoch, 28. Juni 2023 setzt sich die SPD-Kreistagsfraktion für [&#8230;]</td></tr>
<tr><td class="liste" valign="top" width="90">18.04.2023</td><td class="liste"><a href="pressemitteilung.php?id=325"><b>SPD-Fraktion besucht Rettungswache in Ahlenbrock</b></a><br>Die Ausstattung der Rettungswache in Ahlenbrock kommt voran: die SPD-Kreistagsfraktion hat die notwendigen Vorarbeiten abgeschlossen. Die Kosten von [&#8230;]</td></tr>
</table>
</td>
</tr>
<tr><td colspan="2" class="fuss" align="center" bgcolor="#DDDDDD"><font size="1" face="Verdana, Arial, Helvetica, sans-serif">
SPD-Fraktion im Kreistag Borkenau &middot; Kreishaus, Burgstraße 14 &middot; 46325 Borkenau &middot; Telefon 02861 8291-210 &middot; Fax 02861 8291-219<br>
<a href="impressum.php">Impressum</a> | <a href="datenschutz.php">Datenschutz</a> | <a href="kontakt.php">Kontakt</a> | <a href="stats/">Statistik</a>
</font></td></tr>
</table>
</body>
</html>

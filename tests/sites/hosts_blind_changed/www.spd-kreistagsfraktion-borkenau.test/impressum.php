<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<title>SPD-Kreistagsfraktion Borkenau - Impressum</title>
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
<h1 class="headline">Impressum</h1><p>Verantwortlich nach § 18 Abs. 2 MStV:<br>Frank Overkamp, Fraktionsgeschäftsführer<br>Burgstraße 14, 46325 Borkenau<br>Telefon 02861 8291-212</p>
</td>
</tr>
<tr><td colspan="2" class="fuss" align="center" bgcolor="#DDDDDD"><font size="1" face="Verdana, Arial, Helvetica, sans-serif">
SPD-Fraktion im Kreistag Borkenau &middot; Kreishaus, Burgstraße 14 &middot; 46325 Borkenau &middot; Telefon 02861 8291-210 &middot; Fax 02861 8291-219<br>
<a href="impressum.php">Impressum</a> | <a href="datenschutz.php">Datenschutz</a> | <a href="kontakt.php">Kontakt</a> | <a href="stats/">Statistik</a>
</font></td></tr>
</table>
</body>
</html>

<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><!-- InstanceBegin template="/Templates/fraktion.dwt" codeOutsideHTMLIsLocked="false" -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<!-- InstanceBeginEditable name="doctitle" -->
<title>CDU-Kreistagsfraktion Lindenau - Termine Juni 2017</title>
<!-- InstanceEndEditable -->
<meta name="keywords" content="CDU, Kreistag, Lindenau, Fraktion, Pressemitteilung">
<link href="css/fraktion.css" rel="stylesheet" type="text/css">
<link rel="alternate" type="application/rss+xml" title="Pressedienst der CDU-Kreistagsfraktion" href="presse/rss.xml">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) { //v2.0
  window.open(theURL,winName,features);
}
//-->
</script>
</head>

<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<div id="cookiehinweis">Diese Internetseite verwendet Cookies für die Zugriffsstatistik. <a href="datenschutz.html">Mehr erfahren</a> | <a href="#" onclick="document.getElementById('cookiehinweis').style.display='none';return false;">OK</a></div>
<table width="800" border="0" cellpadding="0" cellspacing="0" align="center">
  <tr>
    <td colspan="3"><a href="index.html"><img src="bilder/kopf.jpg" width="800" height="110" border="0" alt="CDU im Kreistag Lindenau"></a></td>
  </tr>
  <tr>
    <td colspan="3" class="pfad">Sie befinden sich hier: <a href="index.html">Startseite</a> &raquo; Termine</td>
  </tr>
  <tr>
    <td width="160" valign="top" bgcolor="#E6ECF2">
      <table width="160" border="0" cellspacing="0" cellpadding="4">
<tr><td class="navi"><a href="index.html" class="navi">Startseite</a></td></tr>
<tr><td class="navi"><a href="fraktion.html" class="navi">Die Fraktion</a></td></tr>
<tr><td class="navi"><a href="presse/index.html" class="navi">Pressedienst</a></td></tr>
<tr><td class="navi"><a href="archiv/index.html" class="navi">Pressearchiv</a></td></tr>
<tr><td class="navi"><a href="themen/index.html" class="navi">Themen</a></td></tr>
<tr><td class="navi"><a href="termine.php" class="navi">Termine</a></td></tr>
<tr><td class="navi"><a href="mitglied.html" class="navi">Mitglied werden</a></td></tr>
<tr><td class="navi"><a href="kontakt.html" class="navi">Kontakt</a></td></tr>
      </table>
      <img src="bilder/spacer.gif" width="160" height="1"></td>
    <td width="480" valign="top" class="inhalt">
<!-- InstanceBeginEditable name="Inhalt" -->
<h1 class="titel">Termine Juni 2017</h1>
<p><a href="termine.php?monat=5&amp;jahr=2017">&laquo; Mai</a> &nbsp; <a href="termine.php?monat=7&amp;jahr=2017">Juli &raquo;</a></p>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td class="datum">18.06.2017</td><td>19.30 Uhr</td><td>Fraktionssitzung, Kreishaus, Sitzungsraum 2</td></tr>
<tr><td class="datum">19.06.2017</td><td>19.30 Uhr</td><td>Fraktionssitzung, Kreishaus, Sitzungsraum 2</td></tr>
<tr><td class="datum">28.06.2017</td><td>17.00 Uhr</td><td>Sitzung des Kreistages, Großer Sitzungssaal</td></tr>
</table>

<!-- InstanceEndEditable -->
    </td>
    <td width="160" valign="top" bgcolor="#F2F2F2" class="rechts">
      <p><b>Fraktionsgeschäftsstelle</b><br>
      Kreishaus, Zimmer 117<br>
      Nassauerallee 15<br>
      47533 Lindenau<br>
      Tel. 02832 9076-0<br>
      <a href="mailto:fraktion@cdu-kreistag-lindenau.test">fraktion@cdu-kreistag-lindenau.test</a></p>
      <p><a href="presse/rss.xml"><img src="bilder/rss.gif" border="0" alt="RSS"> Pressedienst als RSS</a></p>
    </td>
  </tr>
  <tr>
    <td colspan="3" class="fuss">&copy; CDU-Kreistagsfraktion Lindenau | <a href="impressum.html">Impressum</a> | <a href="datenschutz.html">Datenschutz</a> | <a href="intern/index.html">Intern</a> | <a href="statistik/index.html">Statistik</a> | <a href="mailto:webmaster@cdu-kreistag-lindenau.test">Webmaster</a> | Stand: Mai 2017</td>
  </tr>
</table>
</body>
<!-- InstanceEnd --></html>

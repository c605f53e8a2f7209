/* TYPO3 merged assets */
window.rvr=window.rvr||{};

package dev.byline.core.rights;

import dev.byline.RightsNotice;
import dev.byline.Use;
import dev.byline.YearRange;
import java.util.Objects;

/**
 * Reads the free text of a copyright or rights notice — a site footer, an agency line, a picture
 * credit — into a {@link RightsNotice}: the holder (schema.org / ninjs {@code copyrightHolder}), the
 * year or years ({@code copyrightYear}), "all rights reserved", the uses it forbids (ODRL
 * {@code prohibition}) and a Creative Commons licence, always keeping the verbatim text
 * ({@code copyrightNotice}).
 *
 * <pre>{@code
 * RightsNotice notice = RightsNotices.parse(
 *     "Copyright 2023 Nexstar Media Inc. All rights reserved. This material may not be published,"
 *         + " broadcast, rewritten, or redistributed.").getNotice();
 * notice.permission(Use.REDISTRIBUTE); // PROHIBITED
 * }</pre>
 *
 * <p><b>Precision first.</b> The holder is who an aggregator asks for permission, and a wrong holder
 * is worse than none. The reader names a holder only when it can tell where the name starts and
 * ends; otherwise it gives none and {@link RightsReading#getNoHolderReason()} says why
 * ({@link NoHolderReason#UNCLEAR} when a person should look, {@link NoHolderReason#NONE_NAMED} when
 * the notice names nobody). Text that is no notice at all — a menu entry such as "Copyright
 * Policy", prose, a button that carries a "©" — gives an empty reading
 * ({@link RightsReading#isNotice()} is {@code false}, {@link NoHolderReason#NOT_A_NOTICE}).
 *
 * <p><b>Spaces.</b> Text copied from a page often has two spaces, a tab or a no-break space where
 * one space stood. The rules read every run of space chars inside a line as one space ("All
 * &nbsp;rights &nbsp;reserved" is the phrase; a tab is no line break), and the reading gives the
 * holder, the recognised stretches and the rest as the text writes them, spaces and all: the text
 * is never changed, and the spans of {@link RightsReading#getRecognised()} point into it.
 *
 * <p><b>Capitals.</b> A footer written all in capitals reads as it does in ordinary case: a year
 * glued to a name in capitals of three letters or more is a year ("©2018IMPRESS CORPORATION"; "©
 * 2000AD COMICS" keeps its "2000AD"), a server's clock in capitals ("THU DEC 15 06:14:35 EST 2016")
 * gives its year, and the verb of a sentence ("IS", "ARE") ends the name as "is" and "are" do — only
 * when the whole text has no lower-case letter, since in ordinary case "What Is News Ltd" is a name.
 * Where capitals hide what case shows, the reading may differ: a full stop glued to the next
 * sentence ("NETWORK.TURNER") reads like a domain name and the name runs on.
 *
 * <h2>Copyright statements</h2>
 *
 * <p>A statement opens with a copyright sign — {@code ©}, {@code ⓒ}, {@code Ⓒ}, {@code ℗},
 * {@code (c)} or {@code (C)} (not glued to a word, as in "501(c)(3)", and not the third item after a
 * "(b)"; also drawn as an emoji, "©️", or left in the text as an HTML character reference,
 * "&amp;copy;", "&amp;#169;", "&amp;#xA9;", which is read as the sign and not decoded) — or with the word {@code Copyright} (also
 * {@code Copyrighted}, {@code Copyrights}) standing alone, written with a capital C, in lower case
 * right before years or a sign ("copyright 2024 …", not "the copyright holder"), or in lower case
 * after "is" or "are" before a capitalised name ("all material is copyright The University of …",
 * "is copyrighted by …"). Without a sign, the name after the word must start with a capital, unless
 * years stand beside it ("Copyright 2024 euronews", "Copyright euronews 2024") or it is a site's
 * domain, alone or with a legal form ("Copyright by donga.com", "Copyright e-Eighteen.com Ltd"):
 * "Copyright infringement …" names nobody. "Copyright ©", "© Copyright", "Copyright:" and "Copyright @" (an at sign
 * typed for the sign) are one opening. It runs to the next opening or line break. The sign and the
 * word together followed by more text ("© Copyright - Website by …") state a copyright claim even
 * when they name nobody ({@link NoHolderReason#NONE_NAMED}); alone on the line ("© Copyright") they
 * are the label of a link, no notice. Within a statement, in this order:
 *
 * <ol>
 *   <li><b>Before the name</b> the reader passes over years, "All rights reserved", separators
 *       ({@code |}, {@code ·}, {@code •}, dashes, commas), "by" / "of" ("© Copyright of Telegraph Media
 *       Group Limited") / "von" / "par" / "por" / "door" / "przez", "Provided by" / "Courtesy of" ("©
 *       Provided by Example Times"), "Operated by" / "Owned by" ("©
 *       2024 Operated by Example Ltd"), "Part of" / "A division of" and the other phrases that name
 *       whose part the site is, after which only a company with a legal form is a name ("© 2024 Part
 *       of the Example family" names nobody), a word that introduces the first
 *       year ("Copyright Since © 2003 …", "seit", "depuis", "desde", "sinds"), the word "copyright"
 *       again ("© 2003 copyright Essent"), a credit label with its colon, also spaced ("Foto:",
 *       "Photo:", "Photos :", "Bild:", "Image:", "Credit:", "Source:", "Quelle:", "Illustration:" …)
 *       and a number that is neither a year nor the start of
 *       a name ("© 99999 Example"). "All rights reserved" that ends with a full stop ends the
 *       statement: the next sentence names no holder ("© 2004-2019 All rights reserved. MNT is the
 *       registered trade mark of …" names nobody).
 *   <li><b>Years</b> are four-digit years not glued to other letters or digits, before or after the
 *       holder: {@code 2023}, ranges with a hyphen, en dash, em dash or slash with or without spaces
 *       ({@code 2019–2023}, {@code 2001 - 2023}, {@code 2019/2023}, {@code 2023-24}), a double hyphen
 *       typed for a dash ({@code 2002--2006}), ranges said in words ({@code 2002 to 2006}, {@code 2005
 *       until 2007}), an open range ({@code 2000-}, {@code 1999 to present}, read as 2000 and 1999;
 *       "to", "until" or "till" followed by no year opens no holder: "© 2002 to Infinity &amp;
 *       Beyond! Iambe." names nobody) and lists ({@code 2019, 2021}, read as the range from the first
 *       to the last year, since a {@link YearRange} is one range). Years written just before the
 *       sign count too ("2012 - 2020 © by …"). Years after the name end it: what follows them
 *       ("Poynter Institute 2019, a 501(c)(3) nonprofit organization", "Phys.org 2003 - 2019
 *       powered by …") is not part of the holder. Years in capital Roman numerals after the name,
 *       in standard form, of three letters or more and from 1900 to 2099, end it too ("© URBED
 *       MMI" is URBED, 2001; "MM" may be initials and stays). A month before the year, maybe after
 *       a day, belongs to the date ("© August 2000", "© 15. März 2021" name nobody). A year glued
 *       to the name after it is a year ("©2018Impress Corporation"), and a server's date-time stamp
 *       where a year stands gives its year ("© 1996-Thu Dec 15 06:14:35 EST 2016 …": 1996–2016).
 *   <li><b>The name</b> is read word by word and <b>ends</b>:
 *       <ul>
 *         <li>at "All rights reserved", a licence, a prohibition ("may not be …", "무단 전재 …"), a
 *             line break or the next copyright sign;
 *         <li>at a full stop that ends a sentence ("Washington Examiner. All Rights Reserved"),
 *             also when glued to the next sentence ("Cable News Network.Turner …") — but not before
 *             a top-level domain written as a word ("ElectricNews.Net Ltd.", also before the full
 *             stop that ends the sentence: "© 2006 News-Medical.Net." gives News-Medical.Net); a period that
 *             belongs to the name stays ("Inc.", "Ltd.", "Co.", "Corp.", "Pvt.", "Jr.", "S.A.",
 *             "m.b.H.", "a.s.", "hf.", "Kft.", initials such as "K.C."), and of two periods
 *             ("Ltd..") one; a period right before a comma never ends a sentence ("Ziff Davis,
 *             LLC., a Ziff Davis company");
 *         <li>at page furniture: menu entries ("Contact us", "Privacy", "Terms of …", "Cookies",
 *             "Impressum", "Datenschutz", "Kontakt", "AGB", "Mentions légales", "Aviso legal" …,
 *             also glued to the name as in "Deutsche WelleDatenschutz"), a run of two menu words
 *             that are also ordinary words ("Home About Jobs", also entries between slashes, bullets
 *             or dots: "Example News / About / Contact", while "Example Presse / …" keeps its
 *             "Presse"), a prompt to follow the site ("Follow us on …", "Folgen Sie uns",
 *             "Suivez-nous", "Síguenos" …), and credits for the site ("Powered
 *             by", "Designed by", "Developed by", "Hosted by", "Site by" …) and the date of the page
 *             ("Updated", "Last updated", "Last modified", also glued: "Example HouseUpdated …"),
 *             and a link back to the top of the page ("Back to top", "Nach oben", "Retour en haut" …);
 *         <li>at a URL or an e-mail address (a domain name used as the name itself, "by
 *             www.people.com.cn" or "POLYGRAPH.info", is kept; a web address with its scheme, an
 *             e-mail address or a house number and street right after the sign and its years name
 *             nobody: "Example Ajansı © 2021 info@example.com" gives the name before the sign), a social-media handle after the name,
 *             and a bracketed aside that is a URL or a sentence ("Al Bawaba (www.albawaba.com)");
 *             short asides are kept ("The Printers (Mysore) Private Ltd.", "Roman Warschauer (hr)"),
 *             and so is a longer aside written like a name (no word of four or more letters in lower
 *             case) when the statement ends or its years follow right after it ("The State of
 *             Queensland (Department of Primary Industries and Fisheries) 1995 - 2006");
 *         <li>at a street address: a house number before a street word ("11 West 42nd Street"), a
 *             street word before its name and number ("Avda San Luis 25"), a street written as one
 *             word before its number ("Hauptstraße 1");
 *         <li>at words after which the holder is over: "unless otherwise noted", "except …",
 *             "or its affiliated companies", "and affiliated companies", "and its …", a trade name
 *             after "dba" or "doing business as" (the company before it is the holder: "Example
 *             Group dba Example News" gives Example Group), and the
 *             boilerplate that follows a name on a footer: a sentence on trademarks ("All
 *             trademarks are …", "All other marks …"), a company's registration ("Registered in
 *             England and Wales", "Registered office", "Company number …"), a prompt for the app
 *             ("Download our app …", "Get the app"), a language switch (two language names in a
 *             row: "English Deutsch Français"), the word for the work of a next notice right
 *             before its sign ("Example News Photos © Example Agency"), a version number ("v2.3.1"),
 *             a serial number's word before its digits ("ISSN 1234-5678"), a contact label with its
 *             colon ("Tel:", "Fax:", "E-mail:") and a pronoun opening a sentence ("We use cookies …");
 *             standing right after the sign, they name nobody (the name before the sign is read
 *             instead);
 *         <li>at a word in Chinese, Japanese or Korean after a name in Latin letters ("Hankookilbo
 *             신문 구독신청": a menu in the page's own script);
 *         <li>at a label with a colon ("Foo Media Contact: …"); a label of one or two words right
 *             after the sign ("© 2024 Ansvarlig redaktør: …") means no name follows;
 *         <li>at an issue number after a periodical's name: "No", "No.", "Nr.", "Nº", "Vol.", "Issue",
 *             "Heft" before a number ("© Example Observer No 231/232" gives Example Observer);
 *         <li>at the verb of a sentence ("is", "are", "ist", "est" …): "The Real Deal is a
 *             registered Trademark of …" names The Real Deal;
 *         <li>at a separator ({@code |}, {@code ·}, {@code •}) on a notice with years — the rest is
 *             footer, and one menu entry alone after the separator is no name ("© 2023 | About |
 *             Contact" names nobody) — and at a spaced dash or run of dashes ("SZ - Rechte am Artikel …",
 *             "Börsen-Zeitung – eine Marke der …", "EnchantedLearning.com ------ How to cite")
 *             always, except that a dash followed by "by" names the publisher ("The Japan News - by
 *             The Yomiuri Shimbun" gives The Yomiuri Shimbun) and a dash followed by a company with
 *             a legal form, after a name without one, names the company ("FindArticles™ - LookSmart,
 *             Ltd." gives LookSmart, Ltd.);
 *         <li>at a comma, unless a legal form follows ("Vox Media, LLC", "Unidad Editorial
 *             Información General, S.L.U."), years follow, or an appositive that says whose part the
 *             holder is and names it with a capitalised word ("Canada.com, a division of Postmedia
 *             Network Inc.", "The Detroit News, a Digital First Media Newspaper", "Rolling Stone, LLC,
 *             a subsidiary of Penske Business Media, LLC"; not ", a company registered in …"), or a firm's list of names ending in a legal form
 *             ("Bennett, Coleman &amp; Co. Ltd.");
 *         <li>right after a <b>legal form</b> — Inc., Ltd, Limited, LLC, LLP, PLC, Corp.,
 *             Corporation, Co., Company, Pty, Pvt., GmbH, AG, KG, SE, UG, e.V., m.b.H., S.A., SAS,
 *             SARL, S.L., S.L.U., S.p.A., S.r.l., B.V., N.V., AB, Oy, AS, A/S, ApS, hf., a.s.,
 *             s.r.o., sp. z o.o., Kft., Zrt., KK, d.o.o., Ltda., Pte, Bhd, ООО, АО, ТОВ …, also written
 *             with a period after each letter ("L.P.", "A.G.") (a short form
 *             without a period only when capitalised, so that "as" in a sentence is none) — unless
 *             another legal form follows ("Pvt. Ltd.", "GmbH &amp; Co. KG", "(Pty) Ltd.", "Company,
 *             Inc."); after "Mortons Media Group Ltd" comes ", Media Centre, …", which is not the
 *             name.
 *       </ul>
 *       A name may start with a digit or a sign ("20 Minuten", "100% Radio", "123RF.com"); a
 *       conjunction left hanging at its end is dropped ("123RF.com und/oder/mit"), and so is the
 *       apostrophe of a possessive with nothing after it ("©2001 Jane Roberts'" gives Jane Roberts); quotation marks or
 *       brackets around the whole name are dropped. A name opened by a quotation mark ({@code "},
 *       {@code “}, {@code „}, {@code «}) is read whole up to its closing mark, full stops inside
 *       included, when the statement ends, years or a separator follow right after it
 *       ('©2006 "FXstreet.com. The Forex Market" All Rights Reserved.').
 *   <li><b>Picture credits</b>: on a notice without years, names joined by one {@code |} are one
 *       credit ("dpa | Jens Kalaene", "Anett Seidler | Anett Seidler", "Getty Images/iStockphoto |
 *       filmfoto"), at most eight words a side; a credit role after the bar is not a name ("Netflix |
 *       PR", "AFP | HANDOUT": "Netflix", "AFP"), nor is a site ("WDR | sportschau.de": "WDR") or a
 *       lone menu entry ("| Home"); a role alone ("© PR", "© Montage", "© privat") names nobody. Slashes never split a credit ("REUTERS / POOL",
 *       "imago/Marius Schwarz"). A caption before the sign is not part of the credit.
 *   <li><b>A brand beside its company</b> gives the company, the name with a legal form, when
 *       only the company has one: "kleinezeitung.at | Kleine Zeitung GmbH", "Украинская правда, ООО
 *       "УП Медиа Плюс"", "mbl.is/Árvakur hf.", "Business Insider Deutschland / finanzen.net GmbH".
 *       A piece of work and its maker ("Theme by", "Template by", "Website by", "Design by" …) give
 *       the maker: "© Newspaper WordPress Theme by TagDiv" is TagDiv.
 *       An organisation beside its site gives the organisation, in either order:
 *       "ARD-aktuell / tagesschau.de", "HotAir.com/Salem Media".
 *       A company that the notice says owns or runs the brand, right after the brand's name, its
 *       years and a separator, dash or full stop, gives the company when it has a legal form and the
 *       brand has none: "© CBR 2016 | Part of Progressive Trade Media Ltd.", "… · A division of
 *       Example Holdings Inc.", "… . Operated by EXAMPLE MEDIA LIMITED" ("part of", "a division of",
 *       "a subsidiary of", "a unit of", "a brand of", "operated by", "owned by", "owned and operated by",
 *       "Teil von", "ein Unternehmen der", "une marque de", "filiale de"). Without a legal form ("Part
 *       of the Example family of sites") the brand stays.
 *   <li><b>A name before the sign</b> is the holder when none follows it and the sign has years
 *       or "All rights reserved" after it: "Anadolu Ajansı © 2021", "Sermitsiaq.gl © Copyright
 *       2024", "Daily Maverick © All rights reserved", also with "All rights reserved" and separators
 *       between the name and the sign ("Sporting News | All Rights Reserved | Copyright 2023"), "mbl.is/Árvakur hf. © 2025 | Hádegismóum 2 …"
 *       (a name before the sign wins over words after a separator, and over a new sentence after the
 *       years' full stop: "Nationwide News Pty Ltd © 2024. All times AEDT …") — at most six words since the
 *       last sentence end, separator, statement or word for copyright in another language
 *       ("Opphavsrett", "Urheberrecht", "저작권" …: "NRK Opphavsrett NRK © 2024" gives NRK), past the
 *       menu entries that open them ("Back to top Anadolu Ajansı © 2021", "Home About Us Contact
 *       Crown Copyright 2006": a menu entry, or a run of two or more menu words), read by
 *       the same rules, and not after a full stop (a caption). Years may stand between the name and
 *       the sign ("Example Square 2002-2004 © All Rights Reserved"). Words that name the work, not
 *       its holder — the phrase opens with one, or holds one in lower case: "Site", "Website",
 *       "Design", "Content(s)", "Text", "Material", "Photos", "Images", "Graphics", "Articles",
 *       "Logo", "Inhalt(e)", "Contenu", "Contenido" … — name nobody ("Site Design &amp; contents
 *       copyright 1997–2005").
 *   <li><b>Without a sign</b>, a line that starts with years and reserves all rights is a
 *       statement too: "2025 The Citizen. All Rights Reserved.", "2023 All Rights Reserved"; so is
 *       a line that starts with "All rights reserved" followed by a name and then years ("All
 *       Rights Reserved, Dynamic Chiropractic, 2006.").
 *   <li><b>Whose permission</b>: when no statement names a holder (and none is unclear), a
 *       prohibition that names whose permission or consent it needs names the holder, read by the
 *       same rules and capitalised: "No material … may be copied without written permission from
 *       Angela M. Bowey." (English only: "permission from / of", "consent from / of",
 *       "authorization from / of").
 *   <li><b>Whose property</b>: when no statement names a holder (and none is unclear), and the text
 *       states rights (a sign, "All rights reserved", a prohibition or a licence), the capitalised
 *       owner after "is / are the property of" (also "the exclusive / sole property of", "remains the
 *       property of") is the holder: "S&amp;P Index data is the property of Chicago Mercantile
 *       Exchange Inc. and its licensors. All rights reserved." gives Chicago Mercantile Exchange Inc.
 *       Not when the sentence speaks of trademarks, marks, logos or brands, whose owners hold no
 *       copyright in the page ("All trademarks are the property of their respective owners"). English
 *       only.
 *   <li><b>Whose site</b>: when no statement names a holder (and none is unclear), and the text
 *       states rights, a company that a sentence or a part after a separator says owns or runs the
 *       site, opening with one of the phrases above ("Operated by", "Owned by", "A division of",
 *       "Part of" …), is the holder when its name has a legal form that ends it: "topicseed,
 *       2018-2019 © All rights reserved. Operated by TOPICSEED LIMITED, a company registered in
 *       England &amp; Wales" gives TOPICSEED LIMITED.
 * </ol>
 *
 * <p><b>No holder.</b> The reader gives none, with {@link NoHolderReason#UNCLEAR}, when the text
 * after the sign holds a word of a sentence or caption before the name has clearly ended
 * (prepositions and pronouns in the languages it knows: "© Lucy Nicholson Detainees at Otay Mesa …",
 * "© Alt materiale på denne side …", "© Licencja na publikację"; but a preposition inside a
 * company's name, whose capitalised words run within six words to a legal form that ends the name,
 * is part of it: "Copyright 2002--2006 by the Council on Foreign Relations, Inc."), when the name runs past twelve
 * words or 200 chars, when a street word with a house number follows capitalised words ("© Example
 * Media Main Street 5") or a house number meets a postcode ("Dæmigata 2, 110 Reykjavík"). The word
 * "Copyright" followed by a menu or sentence word ("Copyright Policy", "Copyright Notice",
 * "Copyright law", "Copyright &amp; Licensing") or by lower case is no statement, unless the lower
 * case is a site's name alone ("Copyright by donga.com"); a sign followed by
 * a button word ("© Show captions") is none either, and neither is the word followed by a separator
 * ("Terms of Use | Copyright | About the Example Company": an entry of a menu).
 *
 * <p><b>Several statements</b> ("Copyright Shakh Aivazov/Copyright 2024 The AP", "© Rundfunk
 * Berlin-Brandenburg© rbb"): the holder is the first statement's — the photographer of the picture
 * before the agency — unless the first statement could not be read, in which case there is none
 * ({@link NoHolderReason#UNCLEAR}); {@link RightsReading#getHolders()} lists them all. The years are
 * those of the first statement with years.
 *
 * <h2>All rights reserved, prohibitions, licences</h2>
 *
 * <ul>
 *   <li><b>All rights reserved</b> in any letter case and in German, French, Spanish ("Todos los
 *       derechos reservados", "Reservados todos los derechos", "Derechos reservados"), Portuguese,
 *       Italian ("Tutti i diritti riservati", "Riproduzione riservata"), Dutch, Swedish ("Alla
 *       rättigheter förbehållna", "Med ensamrätt"), Danish, Norwegian, Finnish, Polish, Czech, Slovak,
 *       Hungarian, Romanian, Turkish, Greek, Russian, Ukrainian, Belarusian, Lithuanian, Latvian,
 *       Estonian, Croatian, Serbian (in Latin and Cyrillic letters), Slovene, Macedonian, Bulgarian,
 *       Albanian, Icelandic, Catalan, Galician, Basque, Welsh, Azerbaijani, Arabic, Swahili ("Haki
 *       zote zimehifadhiwa"), Afrikaans, Hebrew, Persian, Urdu, Hindi, Bengali, Thai, Vietnamese,
 *       Indonesian and Malay, Korean ("모든 권리 보유"), Japanese ("無断転載を禁じます") and Chinese
 *       ("版权所有"); in English with any spelling of "reserved" ("All right
 *       reserved", "All rights resderved"), and its short form "ARR" written in capitals as a word of
 *       its own ("© 2005 Example Reason ARR"). Korean "무단 전재 및 재배포 금지" is a prohibition, not
 *       a reservation of all rights.
 *   <li><b>Prohibitions</b>: a sentence (split at full stops, line breaks and {@code |}) with "may
 *       not be", "must not be", "cannot be", "shall not be", "prohibited", "not permitted",
 *       "unauthorized", "no reproduction", "without (the / prior / express / written) permission",
 *       or the same in German ("nicht gestattet", "untersagt", "ohne Genehmigung"), French
 *       ("interdit", "sans autorisation"), Spanish ("prohibida"), Italian ("vietata"), Portuguese,
 *       Dutch ("verboden"), Swedish, Danish, Norwegian, Finnish, Polish, Czech, Slovak, Hungarian,
 *       Romanian, Turkish, Greek, Russian, Ukrainian, Japanese, Chinese ("禁止", "無断") or Korean
 *       ("금지", "무단"), forbids every use it names: publish / republication / veröffentlichen /
 *       publicación / 전재 / 転載 → {@link Use#PUBLISH}; broadcast / transmission / diffusion →
 *       {@link Use#BROADCAST}; rewrite / modify / adapt / bearbeiten → {@link Use#REWRITE};
 *       redistribute / distribution / reproduction / copying / Vervielfältigung / riproduzione /
 *       kopiering / воспроизведение / 복사 / 複製 → {@link Use#REDISTRIBUTE}; archive / store / cache
 *       → {@link Use#ARCHIVE}. The wire-service line "may not be published, broadcast, rewritten or
 *       redistributed", with or without the serial comma and "without permission", forbids the four.
 *   <li><b>Creative Commons licences</b> by URL ({@code https://creativecommons.org/licenses/by-sa/4.0/})
 *       or by name ("Creative Commons Attribution-ShareAlike 4.0 International", "CC BY-NC 4.0",
 *       "CC0 1.0"), set as the canonical licence URI; a name without a version is read as 4.0.
 * </ul>
 *
 * <p>Anything else is kept in the verbatim text and listed by {@link RightsReading#getUnrecognised()};
 * nothing is guessed.
 *
 * <h2>Measured</h2>
 *
 * <p>On the 392 notice lines of the project's corpus, labelled by hand before the reader ran
 * ({@code notices-labels.tsv} in the tests, by the conventions of {@code notices-labels.md}), the
 * test {@code NoticeLabelsTest} reports each half and holds it to at least 95% fully right, at most
 * 2% wrong holders and at most 4% missing holders.
 *
 * <p>On lines from pages the reader was never developed on — 451 held-out lines labelled later by
 * annotators who never saw the reader — it is fully right on 87.8% of them, gives a wrong holder
 * for 8.1% of the notices and no holder where one is labelled for 2.7% (2026-12-01, twelfth
 * session). On news sites' footers (249 lines, among them 2023 news sites) the figures are 91.2%
 * fully right and 5.6% wrong holders; on older personal, association and company sites (202 lines)
 * 83.7% fully right and one wrong holder fewer than the 12.0% of the session before. So
 * on footers of a kind it has not seen, a holder can be wrong: where permission matters, show
 * {@link RightsReading#getRecognised()} beside the holder to a person.
 *
 * <h2>Limits and cost</h2>
 *
 * <p>Reading never throws for any text (only {@code null} is refused). It uses no regular
 * expressions: a fixed set of phrase searches, each once over the text, and one left-to-right pass
 * in which every look-ahead or look-back is bounded, so the time is linear in the length of the
 * text, whatever it contains (checked by {@code RightsGrowthBenchmark}: signs, years, separators,
 * legal forms, reservations in many languages, long runs without an end, text beyond Latin-1).
 * Offsets of recognised parts count code points. Text over
 * {@link dev.byline.Limits#MEDIUM_TEXT_MAX_LENGTH} chars is read all the same; validation then
 * reports it as too long for a notice.
 */
public final class RightsNotices {
  private RightsNotices() {}

  /**
   * Reads a notice. See the class description for what is recognised.
   *
   * @param text the notice as published; not {@code null}
   * @return the reading: the notice (with {@code text} set to {@code text} unless it is blank), the
   *     recognised stretches, the rest, and why there is no holder when there is none
   * @throws NullPointerException if {@code text} is {@code null}
   */
  public static RightsReading parse(String text) {
    Objects.requireNonNull(text, "text");
    return new NoticeReader(text).read();
  }
}

package dev.byline.core.rights;

/**
 * Why the notice reader gave no holder ({@link RightsReading#getNoHolderReason()}). The reader
 * names a holder only when it can tell where the name starts and ends: a wrong holder is worse for
 * an aggregator asking for permission than none, so when it cannot tell, it says so here and
 * leaves the holder (schema.org {@code copyrightHolder}, ninjs {@code copyrightHolder}) empty.
 */
public enum NoHolderReason {
  /**
   * The text states no rights at all: no copyright sign or statement, no "all rights reserved", no
   * prohibition, no licence ("Copyright Policy", "Privacy | Terms | Copyright", prose). The reading
   * is empty but for the verbatim text.
   */
  NOT_A_NOTICE,
  /**
   * The notice names nobody: "© 2019", "All rights reserved.", "Copyright 2024 | Tüm Hakları
   * Saklıdır", a licence or a prohibition alone, a copyright sign followed only by page furniture
   * ("© 2002-2019 - Designed by … - Powered by …") or by a credit role ("© PR").
   */
  NONE_NAMED,
  /**
   * Text follows the copyright sign, but the reader cannot tell which of it names the holder: it
   * reads as a sentence or a picture caption ("© Alt materiale på denne side er omfattet af …",
   * "© Lucy Nicholson Detainees at Otay Mesa …"), it is longer than a name, or a street address
   * runs into it. A person should look at {@link RightsReading#getUnrecognised()}.
   */
  UNCLEAR
}

package dev.byline.serialization.ninjs;

/**
 * The IPTC ninjs (News in JSON) versions Byline reads and writes. Versions 2.x spell property names
 * in lower case ({@code versioncreated}), 3.x in camelCase ({@code versionCreated}).
 */
public enum NinjsVersion {
  /** ninjs 2.1 (read only). */
  V2_1("2.1", false),
  /** ninjs 2.2 (read and written). */
  V2_2("2.2", true),
  /** ninjs 3.0 (read only). */
  V3_0("3.0", false),
  /** ninjs 3.1 (read and written). */
  V3_1("3.1", true);

  private final String number;
  private final boolean writable;

  NinjsVersion(String number, boolean writable) {
    this.number = number;
    this.writable = writable;
  }

  /**
   * The version number, such as {@code "3.1"}.
   *
   * @return the number
   */
  public String getNumber() {
    return number;
  }

  /**
   * Whether Byline writes this version.
   *
   * @return {@code true} for 2.2 and 3.1
   */
  public boolean isWritable() {
    return writable;
  }

  /**
   * Whether the version spells property names in camelCase (3.x).
   *
   * @return {@code true} for 3.0 and 3.1
   */
  public boolean isCamelCase() {
    return number.startsWith("3");
  }
}

package cn.xxgk.catalogue.boundary;

/**
 * Information items whose attribute is fixed, counted by department, key content category, final
 * attribute and month (of publication, or of the sign-off for what is not published), for the live
 * statistics (seed 一(六)1).
 *
 * @param keyContentCategory the name of a {@link cn.xxgk.catalogue.entity.KeyContentCategory}, or null for none
 * @param attribute the name of the {@link cn.xxgk.catalogue.entity.DisclosureAttribute}
 * @param month 1 to 12
 */
public record InfoCount(String department, String keyContentCategory, String attribute, int month, long count) {
}

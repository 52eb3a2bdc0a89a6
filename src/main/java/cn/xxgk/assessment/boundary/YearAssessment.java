package cn.xxgk.assessment.boundary;

import cn.xxgk.assessment.control.DepartmentAssessment;
import cn.xxgk.catalogue.entity.KeyContentCategory;
import java.util.List;
import java.util.Set;

/** The year's assessment: a row per department and the key content categories covered agency-wide. */
public record YearAssessment(int year, List<DepartmentAssessment> departments, Set<KeyContentCategory> covered) {
}

package dev.preflight.commands.deployment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SectionViewTest {

    private final TimeFormat times = Times.berlin();

    @Test
    @DisplayName("each item shows its number and box; closed items show who and when, N/A ones the reason")
    void itemLines() {
        Deployment d = DeploymentBuilder.sample().by("U2").tick(1).by("U3").na(2, "DEBUG was never on").build();

        assertThat(SectionView.lines(d, 0, times)).containsExactly(
                "▸ Code Quality",
                "1. ☑ Run `python manage.py check` — <@U2> 10:01",
                "2. ⊘ Remove `DEBUG = True` — N/A: DEBUG was never on (<@U3> 10:02)",
                "3. ☐ Review all TODO comments",
                "▸ Database",
                "4. ☐ All migrations applied",
                "5. ☐ Database backups automated");
    }

    @Test
    void optionalSubsectionsAreMarked() {
        assertThat(SectionView.lines(DeploymentBuilder.sample().build(), 1, times)).contains("▸ Analytics (optional)");
    }

    @Test
    void headingCountsClosedItemsOfTheSection() {
        Deployment d = DeploymentBuilder.sample().tick(1, 6).build();

        assertThat(SectionView.heading(d, 0)).isEqualTo("Pre-Deployment · 1/5");
        assertThat(SectionView.heading(d, 1)).isEqualTo("Performance · 1/3");
    }

    @Test
    void findsTheSectionOfAnItem() {
        Deployment d = DeploymentBuilder.sample().build();

        assertThat(SectionView.indexOf(d, 5)).isZero();
        assertThat(SectionView.indexOf(d, 6)).isEqualTo(1);
        assertThat(SectionView.indexOf(d, 10)).isEqualTo(2);
    }
}

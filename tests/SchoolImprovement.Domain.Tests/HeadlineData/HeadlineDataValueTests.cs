using SchoolImprovement.Domain.HeadlineData;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.HeadlineData;

public sealed class HeadlineDataValueTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Head = Guid.NewGuid();
    private static readonly Guid Central = Guid.NewGuid();
    private static readonly Measure Rwm = Measures.Find(Measures.Ks2RwmExpected)!;
    private static readonly Measure Attendance = Measures.Find(Measures.AttendanceOverall)!;

    private static HeadlineValue Submitted(decimal value = 64m) =>
        HeadlineValue.Submit(Guid.NewGuid(), 2025, HeadlineValue.WholeYear, Rwm, PupilGroup.All, value, 70m, DataSource.StatutoryResult, Head, Now);

    [Fact]
    public void A_submitted_value_is_held_with_who_entered_it_and_is_not_validated()
    {
        var v = Submitted();

        Assert.Equal(DataState.Submitted, v.State);
        Assert.Equal(64m, v.Value);
        Assert.Equal(70m, v.Target);
        Assert.Equal(Head, v.EnteredBy);
        Assert.Null(v.ValidatedBy);
    }

    [Fact]
    public void Submitting_out_of_range_is_refused_with_the_reason()
    {
        var e = Assert.Throws<DomainException>(() => Submitted(101m));
        Assert.Contains("101 is not a percentage between 0 and 100", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_out_of_range_is_refused()
    {
        var e = Assert.Throws<DomainException>(() => HeadlineValue.Submit(Guid.NewGuid(), 2025, 0, Rwm, PupilGroup.All, 60m, 120m, DataSource.StatutoryResult, Head, Now));
        Assert.StartsWith("Target:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_termly_measure_needs_a_term_and_a_yearly_one_has_none()
    {
        Assert.Throws<DomainException>(() => HeadlineValue.Submit(Guid.NewGuid(), 2025, HeadlineValue.WholeYear, Attendance, PupilGroup.All, 95m, null, DataSource.StatutoryResult, Head, Now));
        Assert.Throws<DomainException>(() => HeadlineValue.Submit(Guid.NewGuid(), 2025, 2, Rwm, PupilGroup.All, 60m, null, DataSource.StatutoryResult, Head, Now));
        Assert.Equal(2, HeadlineValue.Submit(Guid.NewGuid(), 2025, 2, Attendance, PupilGroup.Send, 91m, null, DataSource.StatutoryResult, Head, Now).TermNumber);
    }

    [Fact]
    public void The_school_revises_a_submitted_value_and_the_change_says_old_and_new()
    {
        var v = Submitted();

        var change = v.Revise(66m, 70m, DataSource.StatutoryResult, Head, byCentralTeam: false, Now.AddHours(1));

        Assert.NotNull(change);
        Assert.Equal((64m, 66m), (change.OldValue, change.NewValue));
        Assert.False(change.WasValidated);
        Assert.Equal(66m, v.Value);
    }

    [Fact]
    public void Once_validated_the_school_cannot_change_or_remove_it()
    {
        var v = Submitted();
        v.Validate(Central, Now);

        var e = Assert.Throws<DomainException>(() => v.Revise(66m, 70m, DataSource.StatutoryResult, Head, byCentralTeam: false, Now));
        Assert.Contains("validated by the central team", e.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => v.EnsureRemovableBy(byCentralTeam: false));
        Assert.Equal(64m, v.Value);
        Assert.Equal(DataState.Validated, v.State);
    }

    [Fact]
    public void The_central_team_changes_a_validated_value_which_stays_validated_with_old_and_new_recorded()
    {
        var v = Submitted();
        v.Validate(Central, Now);

        var change = v.Revise(61.5m, 70m, DataSource.StatutoryResult, Central, byCentralTeam: true, Now.AddDays(1));

        Assert.NotNull(change);
        Assert.True(change.WasValidated);
        Assert.Equal((64m, 61.5m), (change.OldValue, change.NewValue));
        Assert.Equal(DataState.Validated, v.State);
        Assert.Equal(Central, v.ValidatedBy);
        v.EnsureRemovableBy(byCentralTeam: true);
    }

    [Fact]
    public void An_unchanged_revision_of_a_validated_value_by_the_school_changes_nothing_and_is_not_refused()
    {
        var v = Submitted();
        v.Validate(Central, Now);

        Assert.Null(v.Revise(64m, 70m, DataSource.StatutoryResult, Head, byCentralTeam: false, Now));
    }

    [Fact]
    public void Validating_twice_is_refused()
    {
        var v = Submitted();
        v.Validate(Central, Now);

        Assert.Throws<DomainException>(() => v.Validate(Central, Now));
    }

    [Fact]
    public void A_national_comparator_needs_a_source_and_a_value_in_range()
    {
        Assert.Throws<DomainException>(() => new NationalComparator(2024, Measures.Ks2RwmExpected, PupilGroup.All, null, 62m, " "));
        Assert.Throws<DomainException>(() => new NationalComparator(2024, Measures.Ks2RwmExpected, PupilGroup.All, null, 162m, "DfE"));
        Assert.Throws<DomainException>(() => new NationalComparator(2024, "ks2-progress", PupilGroup.All, null, 0m, "DfE"));
        var c = new NationalComparator(2023, Measures.AttendanceOverall, PupilGroup.All, "primary", 94.5m, "DfE absence");
        Assert.Equal(NationalComparator.PrimaryPhase, c.Phase);
        Assert.True(c.AppliesTo(Measures.AttendanceOverall, 2023, PupilGroup.All, "Primary"));
        Assert.False(c.AppliesTo(Measures.AttendanceOverall, 2023, PupilGroup.All, "Secondary"));
    }
}

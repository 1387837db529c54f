using SchoolImprovement.Domain.Schools;
using SchoolImprovement.Domain.Tenancy;

namespace SchoolImprovement.Domain.Tests.Schools;

public sealed class SchoolTests
{
    private static SchoolDetails Valid => new(123456, "St Mary's CE Primary", "Primary", "Academy converter", "Derby", "Church of England", "Diocese of Derby", 210, new DateOnly(2020, 9, 1));

    [Fact]
    public void A_school_with_a_five_digit_urn_or_no_name_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() => new School(Valid with { Urn = 12345, Name = " " }));
        Assert.Contains("six-digit", refused.Message, StringComparison.Ordinal);
        Assert.Contains("needs a name", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_church_school_is_recognised_from_its_designation()
    {
        Assert.True(new School(Valid).IsChurchSchool);
        Assert.False(new School(Valid with { ChurchDesignation = "Does not apply" }).IsChurchSchool);
    }
}

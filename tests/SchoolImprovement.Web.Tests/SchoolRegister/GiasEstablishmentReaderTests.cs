using SchoolImprovement.Infrastructure.Imports;

namespace SchoolImprovement.Web.Tests.SchoolRegister;

public sealed class GiasEstablishmentReaderTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static GiasReadResult Read(byte[] bytes) => GiasEstablishmentReader.Read(new MemoryStream(bytes), Today);

    [Fact]
    public void A_good_windows_1252_file_reads_every_row_with_its_letters_intact()
    {
        var result = Read(GiasFiles.Good(391001));

        Assert.True(result.IsValid, string.Join("; ", result.Problems));
        Assert.Equal([391001, 391002, 391003], result.Establishments.Select(e => e.Details.Urn));
        var first = result.Establishments[0];
        Assert.Equal("St Æthelred's CofE Primary School", first.Details.Name);
        Assert.Equal("Ælfric Smith", first.Headteacher);
        Assert.Equal("Primary", first.Details.Phase);
        Assert.Equal("Academy converter", first.Details.EstablishmentType);
        Assert.Equal("Derbyshire", first.Details.LocalAuthority);
        Assert.Equal("Church of England", first.Details.ChurchDesignation);
        Assert.Equal("Diocese of Derby", first.Details.Diocese);
        Assert.Equal(210, first.Details.Pupils);
        Assert.Equal(12.5m, first.PercentageFsm);
        Assert.Equal((4, 11), (first.StatutoryLowAge, first.StatutoryHighAge));
        Assert.Equal(new DateOnly(2015, 9, 1), first.Details.DateJoined);
        Assert.Equal("DE1 1AA", first.Postcode);
    }

    [Fact]
    public void Quoted_commas_slash_dates_and_none_values_are_understood_and_a_missing_open_date_means_today()
    {
        var result = Read(GiasFiles.Good(391001));

        var second = result.Establishments[1];
        Assert.Equal("Hilltop Primary, Infant and Nursery", second.Details.Name);
        Assert.Null(second.Details.ChurchDesignation);
        Assert.Null(second.Details.Diocese);
        Assert.Null(second.Details.Pupils);
        Assert.Null(second.OpenDate);
        Assert.Equal(Today, second.Details.DateJoined);
        var third = result.Establishments[2];
        Assert.Null(third.Details.ChurchDesignation);
        Assert.Equal(new DateOnly(2020, 4, 1), third.Details.DateJoined);
    }

    [Fact]
    public void Columns_are_found_by_header_name_in_any_order()
    {
        var result = Read(GiasFiles.Csv(
            "PhaseOfEducation (name),Extra column,EstablishmentName,URN,TypeOfEstablishment (name),LA (name)",
            "Primary,ignored,Oak Academy,391501,Academy converter,Derby"));

        var only = Assert.Single(result.Establishments);
        Assert.Equal((391501, "Oak Academy", "Primary"), (only.Details.Urn, only.Details.Name, only.Details.Phase));
    }

    [Fact]
    public void A_file_with_any_bad_row_reads_nothing_and_lists_every_bad_row_with_its_line_and_reason()
    {
        var result = Read(GiasFiles.Csv(
            GiasFiles.Header,
            "391101,Good School,Derby,Academy converter,Primary,4,11,,,,100,,,01-09-2015,,",
            "12AB,Bad Urn School,Derby,Academy converter,Primary,4,11,,,,100,,,,,",
            ",No Urn School,Derby,Academy converter,Primary,4,11,,,,100,,,,,",
            "391104,,Derby,Academy converter,Primary,4,11,,,,100,,,,,",
            "391105,Bad Number School,Derby,Academy converter,Primary,4,11,,,,lots,,,,,",
            "391106,Bad Date School,Derby,Academy converter,Primary,4,11,,,,100,,,31-02-2020,,",
            "391101,Duplicate School,Derby,Academy converter,Primary,4,11,,,,100,,,,,"));

        Assert.False(result.IsValid);
        Assert.Empty(result.Establishments);
        Assert.Equal([3, 4, 5, 6, 7, 8], result.Problems.Select(p => p.Line));
        Assert.Contains("\"12AB\" is not a six-digit number", result.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("URN is missing", result.Problems[1].Reason, StringComparison.Ordinal);
        Assert.Contains("name is missing", result.Problems[2].Reason, StringComparison.Ordinal);
        Assert.Contains("\"lots\" is not a whole number", result.Problems[3].Reason, StringComparison.Ordinal);
        Assert.Contains("\"31-02-2020\" is not a date", result.Problems[4].Reason, StringComparison.Ordinal);
        Assert.Contains("URN 391101 appears more than once in the file (first on line 2)", result.Problems[5].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_column_is_named()
    {
        var result = Read(GiasFiles.Csv("URN,EstablishmentName,LA (name),TypeOfEstablishment (name)", "391201,Oak Academy,Derby,Academy converter"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("\"PhaseOfEducation (name)\" is missing", problem.Reason, StringComparison.Ordinal);
        Assert.Empty(result.Establishments);
    }

    [Fact]
    public void An_empty_file_or_a_header_alone_is_refused()
    {
        Assert.False(Read([]).IsValid);
        Assert.False(Read(GiasFiles.Csv(GiasFiles.Header)).IsValid);
    }

    [Fact]
    public void A_stray_quote_mark_is_reported_on_its_line()
    {
        var result = Read(GiasFiles.Csv(
            GiasFiles.Header,
            "391301,Oak Academy,Derby,Academy converter,Primary,4,11,,,,100,,,,,",
            "391302,Elm \"Academy,Derby,Academy converter,Primary,4,11,,,,100,,,,,"));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("quote mark", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_more_establishments_than_the_cap_is_refused_whole_with_one_problem()
    {
        var over = GiasEstablishmentReader.Read(new MemoryStream(GiasFiles.Good(391101)), Today, maxRows: 2);
        var at = GiasEstablishmentReader.Read(new MemoryStream(GiasFiles.Good(391101)), Today, maxRows: 3);

        Assert.Empty(over.Establishments);
        var problem = Assert.Single(over.Problems);
        Assert.Equal(new GiasProblem(0, GiasEstablishmentReader.TooManyRows(2)), problem);
        Assert.Contains("more than 2 establishments", problem.Reason, StringComparison.Ordinal);
        Assert.True(at.IsValid, string.Join("; ", at.Problems));
        Assert.Equal(3, at.Establishments.Count);
    }

    [Fact]
    public void The_default_cap_is_five_thousand() => Assert.Equal(5000, GiasEstablishmentReader.DefaultMaxRows);
}

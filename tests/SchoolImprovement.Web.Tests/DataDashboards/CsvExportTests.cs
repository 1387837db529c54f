using System.Text;
using SchoolImprovement.Web.Features.DataDashboards;

namespace SchoolImprovement.Web.Tests.DataDashboards;

/// <summary>The CSV writer: RFC 4180 quoting, formula cells neutralised, numbers kept as numbers.</summary>
public sealed class CsvExportTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    public void Text_that_a_spreadsheet_would_run_as_a_formula_is_neutralised(string text, string written) =>
        Assert.Equal(written, CsvExport.Cell(text));

    [Fact]
    public void A_negative_number_stays_a_number_in_invariant_culture()
    {
        var before = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
            Assert.Equal("-0.35", CsvExport.Cell(-0.35m));
            Assert.Equal("1234.5", CsvExport.Cell(1234.5m));
            Assert.Equal("-3", CsvExport.Cell(-3));
            Assert.Equal("62", CsvExport.Cell(62.00m));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("St Mary's, Derby", "\"St Mary's, Derby\"")]
    [InlineData("The \"Good\" School", "\"The \"\"Good\"\" School\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("Plain", "Plain")]
    [InlineData("", "")]
    public void Fields_are_quoted_as_RFC_4180_says(string text, string written) => Assert.Equal(written, CsvExport.Cell(text));

    [Fact]
    public void The_file_has_a_header_CRLF_line_ends_and_empty_cells_for_missing_values()
    {
        var bytes = CsvExport.Write(["School", "Progress 8", "National"], [["=cmd()", -0.35m, null], ["Oak, Derby", 0.1m, 0m]]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("School,Progress 8,National\r\n'=cmd(),-0.35,\r\n\"Oak, Derby\",0.1,0\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void A_cell_that_is_neither_text_nor_a_number_is_refused() =>
        Assert.Throws<ArgumentException>(() => CsvExport.Cell(DateTime.UnixEpoch));
}

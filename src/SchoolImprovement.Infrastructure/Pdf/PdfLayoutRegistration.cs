using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SchoolImprovement.Infrastructure.Pdf;

public static class PdfLayoutRegistration
{
    /// <summary>
    /// The PDF layout's start-up check (the fonts are installed before the first request; a missing font stops start-up
    /// with its name) and its "pdf-fonts" health check entry.
    /// </summary>
    public static IServiceCollection AddPdfLayout(this IServiceCollection services)
    {
        services.AddHostedService<PdfFontsStartupCheck>();
        services.AddHealthChecks().AddCheck<PdfFontsHealthCheck>("pdf-fonts");
        return services;
    }
}

/// <summary>Installs the PDF fonts when the host starts: a missing font fails start-up, naming the font, instead of a blank PDF later.</summary>
internal sealed class PdfFontsStartupCheck : IHostedService
{
    private readonly Func<string, Stream?> open;

    public PdfFontsStartupCheck()
        : this(PdfFonts.OpenEmbedded)
    {
    }

    internal PdfFontsStartupCheck(Func<string, Stream?> open) => this.open = open;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Throws PdfFontMissingException naming the font: the host does not start.
        PdfFonts.Load(open);
        PdfFonts.EnsureInstalled();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SchoolImprovement.Web.Tests.Support;

/// <summary>Reads a form's fields from a page, as the browser would submit them.</summary>
public static class Forms
{
    public static async Task<List<KeyValuePair<string, string>>> FieldsAsync(this HttpClient client, string page, string action)
    {
        var document = await client.GetDocumentAsync(page);
        return document.FieldsOf(action);
    }

    /// <summary>The fields the form posting to <paramref name="action"/> on an already loaded page would submit (token included).</summary>
    public static List<KeyValuePair<string, string>> FieldsOf(this IDocument document, string action)
    {
        ArgumentNullException.ThrowIfNull(document);
        var form = document.QuerySelectorAll<IHtmlFormElement>("form").FirstOrDefault(f => f.GetAttribute("action") == action)
            ?? throw new InvalidOperationException($"No form posts to {action} on this page.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" } box:
                    if (box.IsChecked) { fields.Add(new(box.Name!, box.Value ?? "")); }
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    fields.Add(new(input.Name!, input.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(area.Name!, area.Value ?? ""));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(select.Name!, select.Value ?? ""));
                    break;
            }
        }

        return fields;
    }

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, string value)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var index = fields.FindIndex(f => f.Key == name);
        if (index < 0)
        {
            fields.Add(new(name, value));
        }
        else
        {
            fields[index] = new(name, value);
        }

        return fields;
    }

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static string Text(this IDocument document) => document?.Body?.TextContent ?? "";
}

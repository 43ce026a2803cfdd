using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace OpenHire.Tests.Infrastructure;

/// <summary>
/// Fills in and submits a page's HTML form the way a browser without JavaScript does: hidden
/// fields (antiforgery token, form name) included, cookies kept by the client.
/// </summary>
public static class FormClient
{
    static readonly HtmlParser Html = new();

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url) =>
        await Html.ParseDocumentAsync(await client.GetStringAsync(url));

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string url, string formSelector, IReadOnlyDictionary<string, string>? fields = null)
    {
        var page = await client.GetPageAsync(url);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" } box when box.IsChecked:
                case IHtmlInputElement { Type: not ("checkbox" or "submit" or "file") } when !string.IsNullOrEmpty(element.GetAttribute("name")):
                    var input = (IHtmlInputElement)element;
                    values.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement area when area.Name is not null:
                    values.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when select.Name is not null:
                    values.Add(new(select.Name, select.Value ?? ""));
                    break;
            }
        }
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }
}

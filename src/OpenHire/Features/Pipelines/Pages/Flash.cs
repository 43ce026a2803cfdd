using System.Text;

namespace OpenHire.Features.Pipelines.Pages;

/// <summary>
/// A one-time message carried across a form post's redirect (post, redirect, get): set by the
/// endpoint that handled the form, shown and cleared by the page the browser lands on.
/// </summary>
public sealed record Flash(string Text, bool IsProblem)
{
    const string Cookie = "openhire.flash";

    public static void Set(HttpContext http, string text, bool isProblem) =>
        http.Response.Cookies.Append(Cookie, (isProblem ? "!" : "") + Convert.ToBase64String(Encoding.UTF8.GetBytes(text)), new CookieOptions
        {
            Path = "/staff",
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            MaxAge = TimeSpan.FromMinutes(1),
        });

    /// <summary>The message waiting for this page, if any; it is shown once.</summary>
    public static Flash? Take(HttpContext http)
    {
        if (http.Request.Cookies[Cookie] is not { Length: > 0 } value) return null;
        http.Response.Cookies.Delete(Cookie, new CookieOptions { Path = "/staff" });
        var problem = value.StartsWith('!');
        try
        {
            return new(Encoding.UTF8.GetString(Convert.FromBase64String(problem ? value[1..] : value)), problem);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

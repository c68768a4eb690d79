using System.Net;
using System.Text.RegularExpressions;

namespace Tandem.Tests.Infrastructure;

/// <summary>
/// Talks to the server-rendered pages like a browser without JavaScript: keeps cookies, reads the
/// antiforgery token from a form and posts it back.
/// </summary>
public sealed partial class PageClient : IDisposable
{
    private readonly HttpClient _client;

    private PageClient(HttpClient client) => _client = client;

    public static PageClient Create(TandemApp app, string? bearerToken = null)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://tandem.test"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });
        // A page request that carries a token instead of (or beside) the cookie, as a script holding one might send.
        if (bearerToken is not null) client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearerToken);
        return new PageClient(client);
    }

    public async Task SignInAsync(string email, string password)
    {
        var response = await PostFormAsync("/account/login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {email} failed: {response.StatusCode}");
    }

    public Task<HttpResponseMessage> GetAsync(string url) => _client.GetAsync(url);

    public Task<HttpResponseMessage> PostAsync(string url, HttpContent content) => _client.PostAsync(url, content);

    /// <summary>Sends any request with the session's cookies (e.g. to the API, as a page's script would).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _client.SendAsync(request);

    /// <summary>Sends any request; with <see cref="HttpCompletionOption.ResponseHeadersRead"/> a stream (server-sent events) returns at once.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, HttpCompletionOption completion, CancellationToken ct) =>
        _client.SendAsync(request, completion, ct);

    public async Task<string> GetHtmlAsync(string url)
    {
        var response = await _client.GetAsync(url);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"GET {url}: {response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// Loads the page, then posts the named form with its antiforgery token and these fields, to the page
    /// itself or to <paramref name="action"/>.
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string url, string formName, Dictionary<string, string> fields, string? action = null)
    {
        var page = await _client.GetStringAsync(url);
        var token = AntiforgeryToken().Match(page);
        if (!token.Success) throw new InvalidOperationException($"No antiforgery token on {url}.");
        var content = new Dictionary<string, string>(fields, StringComparer.Ordinal)
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        };
        if (formName.Length > 0) content["_handler"] = formName;
        return await _client.PostAsync(action ?? url, new FormUrlEncodedContent(content));
    }

    /// <summary>Posts without any antiforgery token, as a cross-site attacker would.</summary>
    public Task<HttpResponseMessage> PostWithoutTokenAsync(string url, Dictionary<string, string> fields) =>
        _client.PostAsync(url, new FormUrlEncodedContent(fields));

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace Dataset.Site.Tests;

/// <summary>
/// The machine's Chromium (Debian's <c>chromium</c> package), driven headless by Playwright: no browser can be
/// downloaded here. <c>CHROMIUM_PATH</c> names another build.
/// </summary>
internal static class SystemChromium
{
    private static readonly string[] Known =
    {
        "/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
    };

    public static string? Path => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } named
        ? named
        : Known.FirstOrDefault(File.Exists);

    public static bool InCi => string.Equals(
        Environment.GetEnvironmentVariable("CI"),
        "true",
        StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// A test that needs the browser: skipped, with the reason, on a machine without Chromium, but never in CI, where a
/// missing browser must fail the run rather than pass it untested.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (SystemChromium.Path is null && !SystemChromium.InCi)
        {
            Skip = "No Chromium on this machine (apt-get install -y chromium, or set CHROMIUM_PATH);"
                + " CI installs it and runs this test";
        }
    }
}

/// <summary>
/// The site, written once to a temporary folder, and one headless browser for every test of the class.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public string Dir { get; } = System.IO.Path.Combine(
        System.IO.Path.GetTempPath(),
        "dataset-site-" + Guid.NewGuid().ToString("N"));

    public IReadOnlyList<string> Files { get; private set; } = Array.Empty<string>();

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Task InitializeAsync()
    {
        Files = SiteWriter.Write(Dir);
        return Task.CompletedTask;
    }

    /// <summary>The browser, started on first use, so tests that only read the files never start one.</summary>
    private async Task<IBrowser> BrowserAsync()
    {
        if (_browser is null)
        {
            var chromium = SystemChromium.Path ?? throw new InvalidOperationException(
                "Chromium is needed for the site tests and was not found: apt-get install -y chromium,"
                + " or set CHROMIUM_PATH");
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(
                new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });
        }

        return _browser;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        Directory.Delete(Dir, recursive: true);
    }

    /// <summary>
    /// The <c>file://</c> address of a file of the site, with its query (<c>search.html?q=...</c>) if any.
    /// </summary>
    public string Url(string file)
    {
        var query = file.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? file : file.Substring(0, query);
        return new Uri(System.IO.Path.Combine(Dir, path)).AbsoluteUri
            + (query < 0 ? string.Empty : file.Substring(query));
    }

    /// <summary>
    /// A fresh page that records every console error, script error and request that leaves <c>file://</c>.
    /// </summary>
    public async Task<WatchedPage> OpenAsync(string file, int width = 1100)
    {
        var page = await (await BrowserAsync()).NewPageAsync(
            new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 1000 } });
        var watched = new WatchedPage(page);
        await page.GotoAsync(Url(file));
        return watched;
    }
}

public sealed class WatchedPage : IAsyncDisposable
{
    public WatchedPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Problems.Add("console error on " + page.Url + ": " + message.Text);
            }
        };
        page.PageError += (_, error) => Problems.Add("script error on " + page.Url + ": " + error);
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file://", StringComparison.Ordinal))
            {
                Problems.Add("request to another host from " + page.Url + ": " + request.Url);
            }
        };
        page.RequestFailed += (_, request) =>
            Problems.Add("failed request from " + page.Url + ": " + request.Url + " (" + request.Failure + ")");
    }

    public IPage Page { get; }

    /// <summary>
    /// Console errors, script errors, failed requests and requests to any other host, as they happened.
    /// </summary>
    public List<string> Problems { get; } = new();

    public ValueTask DisposeAsync() => new(Page.CloseAsync());
}

using System;
using System.Collections.Generic;
using Xunit;

namespace Dataset.Site.Tests;

/// <summary>The page template: slots filled in one pass, and a slot left without a value is an error.</summary>
public class TemplateTests
{
    [Fact]
    public void Each_slot_takes_its_value_and_a_value_is_never_read_for_slots()
    {
        var template = new Template("<title>{{title}}</title>{{main}}<a href=\"{{root}}x\">{{title}}</a>");

        var html = template.Render(new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = "{{main}}",
            ["main"] = "<p>{{root}}</p>",
            ["root"] = "../",
        });

        Assert.Equal("<title>{{main}}</title><p>{{root}}</p><a href=\"../x\">{{main}}</a>", html);
    }

    [Fact]
    public void A_slot_without_a_value_or_left_open_is_an_error()
    {
        Assert.Throws<KeyNotFoundException>(() =>
            new Template("<p>{{main}}</p>").Render(new Dictionary<string, string>(StringComparer.Ordinal)));
        Assert.Throws<FormatException>(() => new Template("<p>{{main</p>"));
    }

    [Fact]
    public void The_site_template_has_the_slots_every_page_fills()
    {
        foreach (var slot in new[] { "title", "root", "json", "main", "scripts" })
        {
            Assert.Contains("{{" + slot + "}}", Assets.PageTemplate, StringComparison.Ordinal);
        }
    }
}

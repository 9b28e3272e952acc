using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace RussiaGeorgiaNato.Dataset.Tests;

/// <summary>
/// The model cannot be misused from a consumer's code: instances exist only as the package builds them,
/// members are read-only, and every value a consumer can make (a default enum, a default date) is valid.
/// </summary>
public class ApiShapeTests
{
    private static readonly Type[] PublicTypes = typeof(Corpus).Assembly.GetExportedTypes();

    [Theory]
    // The constructors are internal: another assembly sees none at all (CS1729), whatever the arguments.
    [InlineData("new Quote()", "CS1729")]
    [InlineData("new Article()", "CS1729")]
    [InlineData("new Entity()", "CS1729")]
    [InlineData("new Attribution(null, null, AttributionBasis.Stated, null)", "CS1729")]
    [InlineData("new KnownDate(new PartialDate(2008), null, DateBasis.Stated, null)", "CS1729")]
    [InlineData("new KeyedList<Quote>(new Quote[0], q => q.Key)", "CS1729")]
    // Not records: no copy with 'with'.
    [InlineData("Corpus.Quotes[0] with { Text = \"x\" }", "CS8858")]
    [InlineData("Entities.SergeiLavrov with { }", "CS8858")]
    public void A_consumer_cannot_create_or_copy_a_record(string expression, string error)
    {
        var diagnostics = CompileAsConsumer("var x = " + expression + ";");

        Assert.Contains(diagnostics, d => d.Id == error);
    }

    [Fact]
    public void A_consumer_cannot_set_a_member()
    {
        var diagnostics = CompileAsConsumer("""
            var quote = Corpus.Quotes[0];
            quote.Text = "x";
            """);

        Assert.Contains(diagnostics, d => d.Id == "CS0200"); // property is read-only
    }

    [Fact]
    public void The_README_style_query_compiles_as_a_consumer_writes_it() =>
        Assert.Empty(CompileAsConsumer(
            "var lavrov = Corpus.Quotes.Where(q => q.Speaker == Entities.SergeiLavrov).ToList();"));

    [Fact]
    public void No_public_type_has_a_public_constructor_or_a_setter_except_the_date_value()
    {
        foreach (var type in PublicTypes.Where(t => t.IsClass))
        {
            Assert.True(
                type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Length == 0,
                type.Name + " has a public constructor");
            Assert.Null(type.GetMethod("<Clone>$")); // a record's copy method: 'with' would work
            var members = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;
            foreach (var property in type.GetProperties(members))
            {
                Assert.True(
                    property.SetMethod is null || !property.SetMethod.IsPublic,
                    type.Name + "." + property.Name + " can be set");
            }
        }

        // PartialDate is a value a consumer builds to compare with (like DateOnly); its constructors validate.
        // TextSpan is a value too, but only the package makes one: its only public constructor is the implicit
        // default.
        Assert.Equal(
            new[] { typeof(PartialDate), typeof(TextSpan) },
            PublicTypes.Where(t => t.IsValueType && !t.IsEnum).OrderBy(t => t.Name, StringComparer.Ordinal));
        Assert.Empty(typeof(TextSpan).GetConstructors(BindingFlags.Public | BindingFlags.Instance));
        Assert.All(typeof(TextSpan).GetProperties(), property => Assert.Null(property.SetMethod));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PartialDate(2009, 2, 29));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new PartialDate(2008, 8, 21, 17, 35, TimeSpan.FromSeconds(30)));
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new PartialDate(2008, 8, 21, 17, 35, TimeSpan.FromHours(25)));
        Assert.Equal(
            "2008-08-21T17:35-14:00",
            new PartialDate(2008, 8, 21, 17, 35, TimeSpan.FromHours(-14)).ToString());
    }

    [Fact]
    public void Articles_entities_and_quotes_compare_by_identity()
    {
        Assert.Same(Corpus.Articles[0], Corpus.Articles[Corpus.Articles[0].Id]);
        Assert.Equal(Corpus.Quotes.Count, Corpus.Quotes.Distinct().Count());

        // Two copies of one statement with the same words are still two quotes.
        var slam = Corpus.Quotes.Where(q => q.Text == "slam the door").ToList();
        Assert.Equal(2, slam.Count);
        Assert.NotEqual(slam[0], slam[1]);
        foreach (var type in new[] { typeof(Article), typeof(Entity), typeof(Quote) })
        {
            Assert.Equal(typeof(object), type.GetMethod(nameof(Equals), new[] { typeof(object) })!.DeclaringType);
        }
    }

    [Fact]
    public void Known_dates_are_values_equal_when_dates_basis_and_evidence_are()
    {
        var dates = Corpus.Articles
            .SelectMany(a => a.Dates
                .Select(d => d.Date)
                .Append(a.Published)
                .Concat(a.Quotes.Select(q => q.StatementDate).OfType<KnownDate>()))
            .ToList();
        var pairs = dates.SelectMany(a => dates.Select(b => (a, b))).ToList();

        foreach (var (a, b) in pairs)
        {
            var same = (a.Value, a.Basis, a.Evidence) == (b.Value, b.Basis, b.Evidence);
            Assert.Equal(same, a == b);
            Assert.Equal(same, a.Equals((object)b));
            Assert.True(!same || a.GetHashCode() == b.GetHashCode(), a.Value);
        }

        // "said Thursday" and the date mention "Thursday" share a date and its evidence: two instances, one value.
        Assert.Contains(pairs, p => !ReferenceEquals(p.a, p.b) && p.a == p.b);
    }

    [Fact]
    public void Every_enum_has_a_defined_zero()
    {
        var enums = PublicTypes.Where(t => t.IsEnum).ToList();
        Assert.NotEmpty(enums);
        Assert.All(enums, e => Assert.True(Enum.IsDefined(e, 0), e.Name + " has no member for 0"));
        var dates = Corpus.Articles.SelectMany(a => a.Dates
            .Select(d => d.Date)
            .Append(a.Published)
            .Concat(a.Quotes.Select(q => q.StatementDate).OfType<KnownDate>()));
        Assert.All(dates, d => Assert.True(d.Basis != DateBasis.None && d.Precision != DatePrecision.None, d.Value));
        Assert.All(Corpus.Quotes, q => Assert.True(
            q.Attribution.Basis != AttributionBasis.Unknown || q.Attribution.Evidence is not null,
            q.Key));
        Assert.All(Entities.All, e => Assert.NotEqual(EntityKind.None, e.Kind));
        Assert.All(Corpus.Quotes, q => Assert.True(q.Mode != QuoteMode.None && q.Part != TextPart.None, q.Key));
        Assert.All(
            Corpus.Quotes.SelectMany(q => q.ReportingChain),
            link => Assert.NotEqual(ReportingRole.None, link.Role));
    }

    [Fact]
    public void A_default_date_is_valid_and_dates_order_with_operators()
    {
        var none = default(PartialDate);
        Assert.Equal((1, DatePrecision.Year, "0001"), (none.Year, none.Precision, none.ToString()));
        Assert.Equal(new DateTime(1, 1, 1), none.FirstDay);
        Assert.Equal(new PartialDate(1), none);

        var august = new PartialDate(2008, 8);
        var day = new PartialDate(2008, 8, 21);
        Assert.True(august < day && day > august && august <= day && day >= august && august != day);
        Assert.True(new PartialDate(2008, 8, 21) == day);
        Assert.Equal(new[] { august, day }, new[] { day, august }.OrderBy(d => d));
    }

#if NET8_0_OR_GREATER
    [Fact]
    public void Calendar_days_are_DateOnly_on_net8()
    {
        var published = Corpus.Articles["2009-04-russia-pulls-out-of-nato-meeting"].Published;
        Assert.Equal(
            (new DateOnly(2009, 4, 20), new DateOnly(2009, 4, 30)),
            (published.EarliestDate, published.LatestDate));
        Assert.True(published.CanFallOn(new DateOnly(2009, 4, 25)));
        Assert.Equal(
            Corpus.PublishedBetween(new DateTime(2008, 8, 1), new DateTime(2008, 8, 31)),
            Corpus.PublishedBetween(new DateOnly(2008, 8, 1), new DateOnly(2008, 8, 31)));
    }
#endif

    /// <summary>
    /// Compiles <paramref name="statements"/> as top-level code of a consumer app that references the package.
    /// </summary>
    private static Diagnostic[] CompileAsConsumer(string statements) =>
        ConsumerCompilation
            .Create(ConsumerCompilation.Parse(
                "using System;\nusing System.Linq;\nusing RussiaGeorgiaNato.Dataset;\n" + statements))
            .GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .ToArray();
}

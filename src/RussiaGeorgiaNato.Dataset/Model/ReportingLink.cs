namespace RussiaGeorgiaNato.Dataset;

/// <summary>
/// One link of a quote's <see cref="Quote.ReportingChain"/>: who passed the words on, and in what role. A relay
/// is <see cref="AttributionBasis.Stated"/> with no evidence: a quote's relays record what its text says
/// ("quoted by news agency Interfax"), which <see cref="Quote.Cue"/> often prints.
/// </summary>
public sealed class ReportingLink
{
    internal ReportingLink(ReportingRole role, Attribution attribution)
    {
        Role = role;
        Attribution = attribution;
    }

    /// <summary>The part this link plays: speaker, relay, origin or publisher.</summary>
    public ReportingRole Role { get; }

    /// <summary>
    /// Who plays it, and how that is known: the same attribution as the quote's or the article's own, or a stated
    /// relay.
    /// </summary>
    public Attribution Attribution { get; }

    /// <summary>The role and the attribution: <c>relay: Interfax (stated)</c>.</summary>
    public override string ToString() => Role.ToString().ToLowerInvariant() + ": " + Attribution;
}

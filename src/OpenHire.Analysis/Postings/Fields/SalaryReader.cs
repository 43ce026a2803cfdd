using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using OpenHire.Analysis.Postings.Document;

namespace OpenHire.Analysis.Postings.Fields;

/// <summary>
/// Reads pay: "$150,000 - $220,000 (DOE)", "€60k–75k", "£45,000 per annum", "$25/hr", "₹12 LPA", "30-50 LPA",
/// "up to $90,000", "$54—$60 USD" under "Hourly Rate". Amounts near words like "salary" or "pay" win over
/// others; figures about funding or revenue are never pay.
/// </summary>
internal static partial class SalaryReader
{
    private const int ContextBefore = 120;
    private const int ContextAfter = 60;

    private static readonly Dictionary<string, string> Currencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["$"] = "USD", ["US$"] = "USD", ["USD"] = "USD", ["C$"] = "CAD", ["CA$"] = "CAD", ["CAD"] = "CAD", ["A$"] = "AUD", ["AU$"] = "AUD",
        ["AUD"] = "AUD", ["NZ$"] = "NZD", ["NZD"] = "NZD", ["€"] = "EUR", ["EUR"] = "EUR", ["£"] = "GBP", ["GBP"] = "GBP", ["₹"] = "INR",
        ["INR"] = "INR", ["Rs"] = "INR", ["Rs."] = "INR", ["¥"] = "JPY", ["JPY"] = "JPY", ["CHF"] = "CHF", ["SEK"] = "SEK", ["NOK"] = "NOK",
        ["DKK"] = "DKK", ["PLN"] = "PLN", ["zł"] = "PLN", ["SGD"] = "SGD", ["S$"] = "SGD", ["HKD"] = "HKD", ["ILS"] = "ILS", ["₪"] = "ILS",
        ["BRL"] = "BRL", ["R$"] = "BRL", ["MXN"] = "MXN", ["ZAR"] = "ZAR", ["AED"] = "AED", ["CZK"] = "CZK",
    };

    public static PostingField<SalaryRange>? Read(SectionedDocument document)
    {
        var text = document.Text;
        PostingField<SalaryRange>? best = null;
        var bestScore = 0;
        foreach (var match in Amounts(text))
        {
            var score = Score(text, match);
            if (score > bestScore && Build(text, match) is { } salary && Plausible(salary))
            {
                best = new PostingField<SalaryRange>(salary, Math.Min(0.95, 0.5 + score * 0.1), match.Index, match.Length);
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>
    /// The amounts of the text in order, <see cref="AmountAt"/> tried only just before digits: an amount's first
    /// digit is at most <see cref="MaxLeadBeforeDigit"/> characters after its start ("Rs. " and a space), so the
    /// text between numbers, where an unanchored pattern would stop at every capital letter, is skipped.
    /// </summary>
    private static IEnumerable<Match> Amounts(string text)
    {
        var from = 0;
        while (true)
        {
            var digit = text.AsSpan(from).IndexOfAny(DecimalDigits);
            if (digit < 0)
            {
                yield break;
            }

            digit += from;
            Match? found = null;
            for (var start = Math.Max(from, digit - MaxLeadBeforeDigit); start <= digit && found is null; start++)
            {
                var match = AmountAt().Match(text, start);
                found = match.Success ? match : null;
            }

            if (found is null)
            {
                from = digit + 1;
                continue;
            }

            yield return found;
            from = found.Index + found.Length;
        }
    }

    private static SalaryRange? Build(string text, Match match)
    {
        var multiplier = Multiplier(match.Groups["unit"].Value);
        var min = Number(match.Groups["min"].Value, match.Groups["minUnit"].Value, multiplier);
        var max = match.Groups["max"].Success ? Number(match.Groups["max"].Value, match.Groups["unit"].Value, 1) : min;
        if (min is null || max is null || max < min)
        {
            return null;
        }

        var currency = Currency(text, match);
        if (currency is null)
        {
            return null;
        }

        var period = Period(text, match, max.Value);
        var before = text.AsSpan(Math.Max(0, match.Index - 24), Math.Min(24, match.Index));
        var upTo = UpTo().IsMatch(before) && !match.Groups["max"].Success;
        var from = match.Groups["plus"].Success || (StartingAt().IsMatch(before) && !match.Groups["max"].Success);
        var note = Note().Match(text, match.Index + match.Length, Math.Min(ContextAfter, text.Length - match.Index - match.Length));
        return new SalaryRange(upTo ? null : min, from ? null : max, currency, period, note.Success ? note.Groups["note"].Value : null);
    }

    private static decimal? Number(string digits, string unit, decimal multiplier)
    {
        if (!decimal.TryParse(digits.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return value * (unit.Length > 0 ? Multiplier(unit) : multiplier);
    }

    private static decimal Multiplier(string unit) => unit.ToUpperInvariant() switch
    {
        "K" => 1_000m,
        "M" or "MM" => 1_000_000m,
        "L" or "LPA" or "LAKH" or "LAKHS" or "LAC" => 100_000m,
        "CR" or "CRORE" => 10_000_000m,
        _ => 1m,
    };

    private static string? Currency(string text, Match match)
    {
        var symbol = match.Groups["currency"].Value.Trim();
        var code = match.Groups["code"].Value.Trim();
        var unit = match.Groups["unit"].Value.ToUpperInvariant();
        var before = text.AsSpan(Math.Max(0, match.Index - 6), Math.Min(6, match.Index));
        var leadingCode = LeadingCode().Match(before.ToString());
        if (code.Length > 0 && Currencies.TryGetValue(code, out var fromCode))
        {
            return fromCode;
        }

        if (leadingCode.Success && Currencies.TryGetValue(leadingCode.Groups["code"].Value, out var fromLeading))
        {
            return fromLeading;
        }

        if (symbol == "$" && DollarCode().Match(LineAround(text, match)) is { Success: true } lineCode)
        {
            return Currencies[lineCode.Value];
        }

        if (symbol.Length > 0)
        {
            return Currencies.GetValueOrDefault(symbol);
        }

        return unit is "LPA" or "LAKH" or "LAKHS" or "LAC" or "L" or "CR" or "CRORE" ? "INR" : null;
    }

    /// <summary>The line an amount sits on: "CAD $119,000 - $246,000, including a base salary of $100,000" is all CAD.</summary>
    private static string LineAround(string text, Match match)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, match.Index - 1)) + 1;
        var end = text.IndexOf('\n', match.Index + match.Length);
        return text[start..(end < 0 ? text.Length : end)];
    }

    private static SalaryPeriod Period(string text, Match match, decimal max)
    {
        if (match.Groups["unit"].Value.Equals("LPA", StringComparison.OrdinalIgnoreCase))
        {
            return SalaryPeriod.Year;
        }

        var after = PeriodWords().Match(text, match.Index + match.Length, Math.Min(25, text.Length - match.Index - match.Length));
        if (after.Success && after.Index - (match.Index + match.Length) <= 8)
        {
            return PeriodOf(after.Value);
        }

        var before = PeriodLabel().Match(text, Math.Max(0, match.Index - ContextBefore), Math.Min(ContextBefore, match.Index));
        if (before.Success)
        {
            return PeriodOf(before.Value);
        }

        return max switch
        {
            < 500 => SalaryPeriod.Hour,
            < 10_000 => SalaryPeriod.Month,
            _ => SalaryPeriod.Year,
        };
    }

    private static SalaryPeriod PeriodOf(string words)
    {
        var lower = words.ToLowerInvariant();
        return lower switch
        {
            _ when lower.Contains("hour") || lower.Contains("hr") || lower.EndsWith("/h") || lower == "ph" => SalaryPeriod.Hour,
            _ when lower.Contains("day") || lower.Contains("daily") => SalaryPeriod.Day,
            _ when lower.Contains("week") || lower.Contains("wk") => SalaryPeriod.Week,
            _ when lower.Contains("month") || lower.Contains("mo") => SalaryPeriod.Month,
            _ => SalaryPeriod.Year,
        };
    }

    private static bool Plausible(SalaryRange salary)
    {
        var value = salary.Max ?? salary.Min ?? 0;
        var perYear = salary.Currency == "INR" || salary.Currency == "JPY" ? value / 80 : value;
        return salary.Period switch
        {
            SalaryPeriod.Hour => perYear is >= 5 and <= 1_000,
            SalaryPeriod.Day => perYear is >= 30 and <= 10_000,
            SalaryPeriod.Week => perYear is >= 150 and <= 50_000,
            SalaryPeriod.Month => perYear is >= 300 and <= 200_000,
            _ => perYear is >= 8_000 and <= 5_000_000,
        };
    }

    /// <summary>How strongly the words around an amount say it is pay; 0 when they say it is something else.</summary>
    private static int Score(string text, Match match)
    {
        var sentence = Sentences.Around(text, match.Index);
        if (NotPay().IsMatch(text.AsSpan(sentence.Start, sentence.Length)))
        {
            return 0;
        }

        var start = Math.Max(0, match.Index - ContextBefore);
        var context = text.AsSpan(start, Math.Min(text.Length, match.Index + match.Length + ContextAfter) - start);

        var score = 1;
        var near = text.AsSpan(Math.Max(0, match.Index - 40), Math.Min(40, match.Index));
        if (PayWords().IsMatch(context))
        {
            score += 2;
        }

        if (PayWords().IsMatch(near))
        {
            score += 1;
        }

        if (BaseWords().IsMatch(near))
        {
            score += 2;
        }

        if (match.Groups["max"].Success)
        {
            score += 1;
        }

        return score;
    }

    private const string Digits = @"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";
    private const string Symbol = @"(?:US\$|C\$|CA\$|A\$|AU\$|NZ\$|S\$|R\$|\$|€|£|₹|¥|₪|Rs\.?\s?)";
    private const string Code = @"(?:USD|CAD|AUD|NZD|EUR|GBP|INR|JPY|CHF|SEK|NOK|DKK|PLN|SGD|HKD|ILS|BRL|MXN|ZAR|AED|CZK)";

    /// <summary>The most characters an amount can start before its first digit: a symbol such as "Rs. " and a space.</summary>
    private const int MaxLeadBeforeDigit = 5;

    /// <summary>What <c>\d</c> matches: every Unicode decimal digit.</summary>
    private static readonly SearchValues<char> DecimalDigits =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(code => (char)code).Where(char.IsDigit).ToArray());

    /// <summary>
    /// An amount that carries a currency or a pay unit, starting exactly where the search starts (<c>\G</c>); bare
    /// numbers ("5 years") are not candidates.
    /// </summary>
    [GeneratedRegex(
        @"\G(?:(?<currency>" + Symbol + @")\s?(?<min>" + Digits + @")(?<minUnit>[kK]\b)?|(?<min>" + Digits + @")(?<minUnit>[kK]\b)?(?=\s*(?:-|–|—|to)\s*" + Symbol + @"?\s?(?:" + Digits + @")\s?(?:[kK]\b)?\s*(?:LPA|[Ll]akhs?|" + Code + @")\b|\s*(?:LPA|[Ll]akhs?)\b))\s*(?:(?:-|–|—|to)\s*(?:" + Symbol + @")?\s?(?<max>" + Digits + @"))?\s?(?<unit>[kK]\b|MM?\b|LPA\b|[Ll]akhs?\b|[Ll]ac\b|[Cc]rores?\b)?(?<plus>\+)?(?:\s?(?<code>" + Code + @")\b)?",
        RegexOptions.CultureInvariant)]
    private static partial Regex AmountAt();

    [GeneratedRegex(@"(?<code>USD|CAD|AUD|NZD|EUR|GBP|INR|CHF|SGD)\s*$")]
    private static partial Regex LeadingCode();

    [GeneratedRegex(@"\b(?:CAD|AUD|NZD|SGD|HKD|MXN|USD)\b")]
    private static partial Regex DollarCode();

    [GeneratedRegex(@"up to\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UpTo();

    [GeneratedRegex(@"(?:starting (?:at|from)|starting (?:pay|salary|wage|rate)(?: is| of| at)?|starts at|from|minimum of|at least)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StartingAt();

    [GeneratedRegex(@"^\s*(?:(?:USD|CAD|EUR|GBP)\s*)?(?:\((?<note>[^)]*?(?:DOE|D\.O\.E\.|experience|negotiable|equity|OTE)[^)]*)\)|(?<note>DOE|depending on experience|plus equity|\+ ?equity|OTE)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Note();

    [GeneratedRegex(@"per\s+(?:year|annum|hour|month|week|day)|an?\s+(?:year|hour|month|week|day)|/\s*(?:yr|year|hr|hour|h|mo|month|wk|week|day|annum)\b|\b(?:annually|yearly|hourly|monthly|weekly|daily|p\.?a\.?|p/h|ph)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodWords();

    [GeneratedRegex(@"\b(?:hourly|per hour|monthly|weekly|daily|annual|yearly)\b(?![\s\S]*\b(?:hourly|per hour|monthly|weekly|daily|annual|yearly)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodLabel();

    [GeneratedRegex(@"\b(?:salary|salaries|pay|compensation|wage|wages|rate|range|base|OTE|stipend|earn|hourly|annual|per hour|per year|LPA)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PayWords();

    [GeneratedRegex(@"\bbase\b", RegexOptions.IgnoreCase)]
    private static partial Regex BaseWords();

    [GeneratedRegex(@"\b(?:funding|funded|raised|revenue|revenues|valuation|valued|trillion|billion|series [a-e]|investors?|market|(?:equipment|learning|education|training|development|wellness|office|book|conference) budget|ARR|sales of|assets|donat|grants? of|tuition|reimburse|stipend for|allowance|401|bonus of|sign-on|signing bonus|relocation|referral)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotPay();
}

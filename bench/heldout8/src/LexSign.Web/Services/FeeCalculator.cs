using System;

namespace LexSign.Web.Services
{
    /// <summary>
    /// Attorney fee (律师费) and court fee (诉讼费) estimates shown at intake. Court fees follow
    /// the State Council's 诉讼费用交纳办法 for property cases.
    /// </summary>
    public static class FeeCalculator
    {
        private static readonly (decimal UpTo, decimal Rate)[] CourtBands =
        {
            (10_000m, 0m),
            (100_000m, 0.025m),
            (200_000m, 0.02m),
            (500_000m, 0.015m),
            (1_000_000m, 0.01m),
            (2_000_000m, 0.009m),
            (5_000_000m, 0.008m),
            (10_000_000m, 0.007m),
            (20_000_000m, 0.006m),
            (decimal.MaxValue, 0.005m),
        };

        public static decimal CourtFee(decimal claim)
        {
            if (claim <= 10_000m)
            {
                return 50m;
            }

            decimal fee = 50m, lower = 10_000m;
            foreach (var (upTo, rate) in CourtBands)
            {
                if (claim <= lower)
                {
                    break;
                }

                var slice = Math.Min(claim, upTo) - lower;
                if (slice > 0)
                {
                    fee += slice * rate;
                }

                lower = upTo;
            }

            return Math.Round(fee, 2);
        }

        public static decimal AttorneyFee(decimal claim, bool contingency)
        {
            if (contingency)
            {
                return Math.Round(Math.Min(claim * 0.18m, 3_000_000m), 2);
            }

            var fee = claim switch
            {
                <= 100_000m => 8_000m,
                <= 1_000_000m => 8_000m + (claim - 100_000m) * 0.04m,
                <= 10_000_000m => 44_000m + (claim - 1_000_000m) * 0.03m,
                _ => 314_000m + (claim - 10_000_000m) * 0.01m,
            };
            return Math.Round(fee, 2);
        }

        public static decimal HalfFeeForMediation(decimal courtFee) => Math.Round(courtFee / 2, 2);
    }

    public static class DeadlineCalendar
    {
        public static DateTime AppealDeadline(DateTime servedOn, bool ruling) => servedOn.Date.AddDays(ruling ? 10 : 15);

        public static DateTime LimitationEnds(DateTime knewOrShouldHaveKnown) => knewOrShouldHaveKnown.Date.AddYears(3);

        public static DateTime AdjustForHoliday(DateTime day, Func<DateTime, bool> isHoliday)
        {
            while (isHoliday(day) || day.DayOfWeek == DayOfWeek.Saturday || day.DayOfWeek == DayOfWeek.Sunday)
            {
                day = day.AddDays(1);
            }

            return day;
        }
    }
}

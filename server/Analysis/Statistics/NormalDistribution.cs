namespace Hotspots.Analysis;

/// <summary>
/// The standard normal distribution through the complementary error function, using W. J. Cody's
/// rational Chebyshev approximations (Math. Comp. 1969; netlib specfun "erf"), accurate to about
/// 1e-16 relative — including far in the tails, where 1 − Φ(z) computed by subtraction would lose
/// every digit.
/// </summary>
public static class NormalDistribution
{
    /// <summary>Φ(z), the cumulative distribution function.</summary>
    public static double Cdf(double z) => 0.5 * Erfc(-z / Math.Sqrt(2));

    /// <summary>Two-sided p-value 2(1 − Φ(|z|)), computed as erfc(|z|/√2).</summary>
    public static double TwoSidedP(double z) => double.IsNaN(z) ? double.NaN : Erfc(Math.Abs(z) / Math.Sqrt(2));

    public static double Erfc(double x)
    {
        double y = Math.Abs(x);
        double result;
        if (y <= 0.46875) return 1 - SmallErf(x);
        if (y <= 4) result = Scaled(y, MiddleNumerator, MiddleDenominator);
        else if (y >= 26.543) result = 0;
        else result = TailScaled(y);
        return x < 0 ? 2 - result : result;
    }

    static double SmallErf(double x)
    {
        double ysq = x * x;
        double num = A[4] * ysq, den = ysq;
        for (int i = 0; i < 3; i++) { num = (num + A[i]) * ysq; den = (den + B[i]) * ysq; }
        return x * (num + A[3]) / (den + B[3]);
    }

    static double Scaled(double y, double[] c, double[] d)
    {
        double num = c[8] * y, den = y;
        for (int i = 0; i < 7; i++) { num = (num + c[i]) * y; den = (den + d[i]) * y; }
        return ExpMinusSquare(y) * (num + c[7]) / (den + d[7]);
    }

    static double TailScaled(double y)
    {
        double ysq = 1 / (y * y);
        double num = P[5] * ysq, den = ysq;
        for (int i = 0; i < 4; i++) { num = (num + P[i]) * ysq; den = (den + Q[i]) * ysq; }
        double r = (0.56418958354775628695 - ysq * (num + P[4]) / (den + Q[4])) / y;
        return ExpMinusSquare(y) * r;
    }

    // exp(−y²) split as Cody does, so the rounding error of y² is not magnified.
    static double ExpMinusSquare(double y)
    {
        double head = Math.Truncate(y * 16) / 16;
        return Math.Exp(-head * head) * Math.Exp(-(y - head) * (y + head));
    }

    static readonly double[] A = [3.1611237438705656, 113.864154151050156, 377.485237685302021, 3209.37758913846947, 0.185777706184603153];
    static readonly double[] B = [23.6012909523441209, 244.024637934444173, 1282.61652607737228, 2844.23683343917062];
    static readonly double[] MiddleNumerator = [0.564188496988670089, 8.88314979438837594, 66.1191906371416295, 298.635138197400131, 881.95222124176909, 1712.04761263407058, 2051.07837782607147, 1230.33935479799725, 2.15311535474403846e-8];
    static readonly double[] MiddleDenominator = [15.7449261107098347, 117.693950891312499, 537.181101862009858, 1621.38957456669019, 3290.79923573345963, 4362.61909014324716, 3439.36767414372164, 1230.33935480374942];
    static readonly double[] P = [0.305326634961232344, 0.360344899949804439, 0.125781726111229246, 0.0160837851487422766, 6.58749161529837803e-4, 0.0163153871373020978];
    static readonly double[] Q = [2.56852019228982242, 1.87295284992346047, 0.527905102951428412, 0.0605183413124413191, 0.00233520497626869185];
}

package io.flowcheck.framework.upgrade;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs two sequences of exchange keys by their longest common subsequence, so one extra or one
 * missing call in the middle of a scenario does not shift every later exchange out of line.
 */
final class Alignment {
  private Alignment() {}

  /** Pairs of indices; -1 on one side marks an exchange only the other side has. */
  static int[][] pair(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a.get(i).equals(b.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        out.add(new int[] {i++, j++});
      } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
        out.add(new int[] {i++, -1});
      } else {
        out.add(new int[] {-1, j++});
      }
    }
    return out.toArray(new int[0][]);
  }
}

/** Problem matchers so flake8, mypy, black and pytest failures become annotations at file and line. */
export const PROBLEM_MATCHERS = {
  problemMatcher: [
    {
      owner: 'runway-flake8',
      severity: 'error',
      pattern: [
        {
          regexp: '^([^:\\s][^:]*):(\\d+):(\\d+): ([A-Z]+\\d+) (.*)$',
          file: 1,
          line: 2,
          column: 3,
          code: 4,
          message: 5,
        },
      ],
    },
    {
      owner: 'runway-mypy',
      pattern: [
        {
          regexp:
            '^([^:\\s][^:]*\\.pyi?):(\\d+):(?:(\\d+):)? (error|warning|note): (.*?)(?:  \\[([a-z-]+)\\])?$',
          file: 1,
          line: 2,
          column: 3,
          severity: 4,
          message: 5,
          code: 6,
        },
      ],
    },
    {
      owner: 'runway-black',
      severity: 'warning',
      pattern: [{ regexp: '^would reformat (.*\\.pyi?)$', file: 1, message: 1 }],
    },
    {
      owner: 'runway-pytest',
      severity: 'error',
      pattern: [
        {
          regexp: '^([^:\\s][^:]*\\.py):(\\d+): (\\w+(?:Error|Exception|Failure)|AssertionError)$',
          file: 1,
          line: 2,
          message: 3,
        },
      ],
    },
  ],
} as const;

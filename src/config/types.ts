/** A working calendar from sms.config.yml. */
export interface CalendarConfig {
  timezone?: string;
  /** Weekday ("mon".."sun") -> "09:00-17:00" (several ranges separated by commas). */
  hours: Partial<Record<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun", string>>;
  /** Whole local days off, YYYY-MM-DD. */
  holidays?: string[];
}

/** Parsed sms.config.yml. */
export interface SmsConfig {
  organization: string;
  timezone: string;
  edition: "2018" | "2011";
  teams: Record<string, string[] | { github: string }>;
  calendars: Record<string, CalendarConfig>;
  priorities?: Record<string, Record<string, string>>;
  folders: string[];
  /** Seconds. */
  backdateToleranceSeconds: number;
  evidenceBranch: string;
  maxFileSize: number;
  improvements?: { stage_targets?: Record<string, string>; labels?: Record<string, string> };
}

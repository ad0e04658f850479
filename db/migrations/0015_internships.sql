CREATE TABLE `internships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`student_id` integer NOT NULL,
	`kind` text NOT NULL,
	`company_id` integer NOT NULL,
	`position` text DEFAULT '' NOT NULL,
	`city` text DEFAULT '' NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`monthly_pay_fen` integer,
	`company_supervisor` text DEFAULT '' NOT NULL,
	`school_supervisor` text DEFAULT '' NOT NULL,
	`agreement` integer DEFAULT false NOT NULL,
	`guardian_consent` integer DEFAULT false NOT NULL,
	`safety_pledge` integer DEFAULT false NOT NULL,
	`insurance` integer DEFAULT false NOT NULL,
	`evaluation` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `internships_student` ON `internships` (`student_id`,`start_date`);--> statement-breakpoint
CREATE INDEX `internships_company` ON `internships` (`company_id`);
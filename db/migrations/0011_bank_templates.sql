CREATE TABLE `bank_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`columns` text NOT NULL,
	`format` text NOT NULL,
	`separator` text,
	`encoding` text DEFAULT 'gbk' NOT NULL,
	`header_row` integer DEFAULT true NOT NULL,
	`total_row` integer DEFAULT false NOT NULL,
	`purpose` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bank_templates_name_unique` ON `bank_templates` (`name`);--> statement-breakpoint
-- One template ready before any bank's own is set up: the columns most banks' batch-payment files share.
INSERT INTO `bank_templates` (`name`, `columns`, `format`, `separator`, `encoding`, `header_row`, `total_row`, `purpose`, `created_at`, `updated_at`) VALUES
	('通用模板', '["accountName","account","amount","purpose"]', 'xlsx', NULL, 'gbk', 1, 0, '{policy}{period}', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

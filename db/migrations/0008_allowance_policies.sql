CREATE TABLE `allowance_policies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`period` text NOT NULL,
	`cap_fen` integer,
	`eligibility` text NOT NULL,
	`funding_source` text DEFAULT '' NOT NULL,
	`notice_days` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `allowance_policies_name_unique` ON `allowance_policies` (`name`);--> statement-breakpoint
CREATE TABLE `allowance_rates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`policy_id` integer NOT NULL,
	`effective_from` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`created_by` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`policy_id`) REFERENCES `allowance_policies`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `allowance_rates_policy_from` ON `allowance_rates` (`policy_id`,`effective_from`);--> statement-breakpoint
-- The Shenzhen policies of the brief (seed 000, ch.1 §2), which the office may change: amounts in fen from the first intakes on.
INSERT INTO `allowance_policies` (`name`, `kind`, `period`, `cap_fen`, `eligibility`, `funding_source`, `notice_days`, `notes`, `created_at`, `updated_at`) VALUES
	('免学费', 'waiver', 'year', 600000, 'all', '深圳市财政', 0, '按培养层次及专业学费标准免除学费，最高每生每学年6,000元', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
	('生活补贴', 'cash', 'monthly', NULL, 'all', '深圳市财政', 0, '按每学年在校时间，每月300元', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
	('住宿费减半', 'waiver', 'term', NULL, 'dormitory', '深圳市财政', 0, '住宿费减半。金额为示例，请改为本校住宿费标准的一半', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
	('交通补贴', 'cash', 'year', 160000, 'outside_guangdong', '深圳市财政', 0, '广东省以外的学生据实补贴，最高每生每年1,600元：发放前按实际票据调整金额', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
	('国家助学金', 'cash', 'term', 200000, 'chosen', '中央和地方财政', 5, '按比例享受，每生每年2,000元，分学期发放', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
	('建档立卡家庭补助', 'cash', 'year', 300000, 'poverty_registered', '深圳市财政', 5, '建档立卡家庭学生每生每年约3,000元（人社部发〔2019〕2号第十二条）', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
	('临时困难补助', 'cash', 'once', NULL, 'chosen', '学校', 0, '个案申请，单独审批；金额按申请核定', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
--> statement-breakpoint
INSERT INTO `allowance_rates` (`policy_id`, `effective_from`, `amount_fen`, `created_at`)
	SELECT `id`, '2012-09-01', CASE `name`
		WHEN '免学费' THEN 600000 WHEN '生活补贴' THEN 30000 WHEN '住宿费减半' THEN 50000 WHEN '交通补贴' THEN 160000
		WHEN '国家助学金' THEN 100000 WHEN '建档立卡家庭补助' THEN 300000 WHEN '临时困难补助' THEN 100000 END,
		strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
	FROM `allowance_policies`;

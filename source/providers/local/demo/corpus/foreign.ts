// Customers who write in German, French or Spanish, and the agents who answer them in kind.

export type ForeignLines = {subjects: string[]; openings: string[]; followUps: string[]; replies: string[]; resolutions: string[]};

export type ForeignLanguage = {
	greetings: string[];
	signoffs: string[];
	agentGreetings: string[];
	agentSignoffs: string[];
	topics: Record<string, ForeignLines>;
};

export const foreign: Record<string, ForeignLanguage> = {
	de: {
		greetings: ['Hallo,', 'Guten Tag,', 'Sehr geehrte Damen und Herren,', 'Hi,'],
		signoffs: ['Viele Grüße\n{name}', 'Danke und Gruß\n{first}', 'Mit freundlichen Grüßen\n{name}'],
		agentGreetings: ['Hallo {first},', 'Guten Tag {name},'],
		agentSignoffs: ['Viele Grüße\n{agent}', 'Beste Grüße\n{agent}, Northwind Support'],
		topics: {
			refund: {
				subjects: ['Rückerstattung fehlt', 'Erstattung für Bestellung {order}', 'Wo bleibt mein Geld?'],
				openings: [
					'ich habe den {product} vor {days} Tagen zurückgeschickt und noch keine Erstattung erhalten.',
					'Laut Sendungsverfolgung ist meine Rücksendung seit {weekday} bei Ihnen. Wann bekomme ich mein Geld zurück?',
				],
				followUps: ['Gibt es schon Neuigkeiten?', 'Das Geld ist jetzt da, vielen Dank!'],
				replies: ['vielen Dank für Ihre Geduld. Ihre Rücksendung zu Bestellung {order} ist eingegangen, die Erstattung über {amount} habe ich soeben veranlasst.'],
				resolutions: ['Die Erstattung ist abgeschlossen. Je nach Bank dauert die Gutschrift 5-10 Werktage.'],
			},
			'late-delivery': {
				subjects: ['Bestellung {order} nicht angekommen', 'Lieferung verspätet'],
				openings: ['meine Bestellung {order} sollte am {weekday} ankommen, die Sendungsverfolgung bewegt sich seit {days} Tagen nicht.', 'das Paket wurde als zugestellt markiert, ist aber nicht da.'],
				followUps: ['Immer noch nichts angekommen.', 'Heute geliefert, danke!'],
				replies: ['es tut mir leid, dass Ihre Lieferung sich verspätet. Ich habe bei {carrier} einen Nachforschungsauftrag gestartet und melde mich, sobald ich eine Antwort habe.'],
				resolutions: ['{carrier} hat das Paket gefunden, es wurde heute zugestellt.'],
			},
			login: {
				subjects: ['Kann mich nicht anmelden', 'Passwort-E-Mail kommt nicht an'],
				openings: ['ich kann mich nicht mehr anmelden, die E-Mail zum Zurücksetzen des Passworts kommt nie an.', 'nach dem Handywechsel bekomme ich keine Codes für die Zwei-Faktor-Anmeldung mehr.'],
				followUps: ['Leider immer noch keine E-Mail.', 'Jetzt klappt es, danke!'],
				replies: ['bevor ich etwas am Konto ändere, muss ich Ihre Identität bestätigen: Bitte nennen Sie mir die letzten vier Ziffern der hinterlegten Karte.'],
				resolutions: ['Ihr Konto ist entsperrt. Bitte ändern Sie direkt nach der Anmeldung Ihr Passwort.'],
			},
			cancellation: {
				subjects: ['Kündigung meiner Mitgliedschaft', 'Abo kündigen'],
				openings: ['bitte kündigen Sie meine {plan}-Mitgliedschaft zum nächstmöglichen Zeitpunkt und bestätigen Sie mir das schriftlich.', 'ich habe schon zweimal um die Kündigung gebeten und wurde trotzdem wieder belastet. Das ist inakzeptabel.'],
				followUps: ['Ist die Kündigung jetzt durch?', 'Danke für die Bestätigung.'],
				replies: ['es tut mir leid, dass wir Sie enttäuscht haben. Ich habe Ihre Mitgliedschaft gekündigt und die letzte Abbuchung über {amount} erstattet.'],
				resolutions: ['Die Kündigung ist bestätigt (Referenz CX-{digits}). Es erfolgen keine weiteren Abbuchungen.'],
			},
			'double-charge': {
				subjects: ['Doppelte Abbuchung', 'Zweimal belastet'],
				openings: ['mir wurden für Bestellung {order} zweimal {amount} abgebucht, bestellt habe ich aber nur einmal.'],
				followUps: ['Die zweite Abbuchung ist immer noch auf meinem Konto.', 'Jetzt ist alles korrekt, danke!'],
				replies: ['Sie haben recht, die Zahlung wurde doppelt eingezogen. Den doppelten Betrag von {amount} habe ich Ihnen soeben erstattet.'],
				resolutions: ['Die Erstattung der doppelten Abbuchung ist bei uns abgeschlossen.'],
			},
		},
	},
	fr: {
		greetings: ['Bonjour,', 'Madame, Monsieur,', 'Bonsoir,'],
		signoffs: ['Cordialement,\n{name}', 'Merci d\'avance,\n{first}', 'Bien à vous,\n{name}'],
		agentGreetings: ['Bonjour {first},'],
		agentSignoffs: ['Bien cordialement,\n{agent}', 'Belle journée,\n{agent}, support Northwind'],
		topics: {
			refund: {
				subjects: ['Remboursement non reçu', 'Demande de remboursement {order}'],
				openings: ['j\'ai renvoyé mon {product} il y a {days} jours et je n\'ai toujours pas été remboursée.', 'pourriez-vous rembourser la commande {order} ? Le colis est arrivé trop tard.'],
				followUps: ['Avez-vous du nouveau ?', 'C\'est bon, j\'ai bien reçu le remboursement. Merci !'],
				replies: ['merci pour votre patience. Votre retour pour la commande {order} est bien arrivé ; je viens de lancer le remboursement de {amount}.'],
				resolutions: ['Le remboursement est effectué. Selon votre banque, comptez 5 à 10 jours ouvrés.'],
			},
			cancellation: {
				subjects: ['Résiliation de mon abonnement', 'Je veux annuler'],
				openings: ['je souhaite résilier mon abonnement {plan} dès aujourd\'hui. Merci de me le confirmer par écrit.', 'vous m\'avez encore prélevé alors que j\'avais annulé. Je veux être remboursé.'],
				followUps: ['Alors, c\'est annulé ou pas ?', 'Merci pour la confirmation.'],
				replies: ['je suis désolée pour ce désagrément. J\'ai résilié votre abonnement et remboursé le dernier prélèvement de {amount}.'],
				resolutions: ['Résiliation confirmée, référence CX-{digits}. Vous ne serez plus prélevé.'],
			},
			'double-charge': {
				subjects: ['Double prélèvement', 'Débité deux fois'],
				openings: ['j\'ai été débité deux fois de {amount} pour la même commande {order}.'],
				followUps: ['Le second prélèvement est toujours sur mon compte.'],
				replies: ['vous avez raison, le paiement a été pris deux fois. J\'ai remboursé le doublon de {amount}.'],
				resolutions: ['Le remboursement du doublon est confirmé de notre côté.'],
			},
			'late-delivery': {
				subjects: ['Commande {order} non reçue', 'Livraison en retard'],
				openings: ['ma commande {order} devait arriver {weekday} et le suivi ne bouge plus depuis {days} jours.', 'le colis est indiqué comme livré mais je ne l\'ai jamais reçu.'],
				followUps: ['Toujours rien reçu.', 'Reçu aujourd\'hui, merci !'],
				replies: ['je suis désolée pour ce retard. J\'ai ouvert une enquête auprès de {carrier} et je reviens vers vous dès que j\'ai une réponse.'],
				resolutions: ['{carrier} a retrouvé le colis, il a été livré ce matin.'],
			},
		},
	},
	es: {
		greetings: ['Hola,', 'Buenos días,', 'Buenas tardes,'],
		signoffs: ['Gracias,\n{first}', 'Saludos,\n{name}', 'Un saludo,\n{first}'],
		agentGreetings: ['Hola {first}:'],
		agentSignoffs: ['Un saludo,\n{agent}', 'Saludos cordiales,\n{agent}, soporte de Northwind'],
		topics: {
			'late-delivery': {
				subjects: ['Pedido {order} no ha llegado', 'Retraso en la entrega'],
				openings: ['mi pedido {order} tenía que llegar el {weekday} y todavía no ha llegado. El seguimiento no se mueve desde hace {days} días.', 'el paquete aparece como entregado pero no lo he recibido.'],
				followUps: ['¿Alguna novedad?', 'Ya ha llegado, ¡gracias!'],
				replies: ['siento mucho el retraso. He abierto una investigación con {carrier} y te escribo en cuanto tenga respuesta.'],
				resolutions: ['{carrier} ha localizado el paquete y se ha entregado hoy.'],
			},
			login: {
				subjects: ['No puedo iniciar sesión', 'No llega el correo para cambiar la contraseña'],
				openings: ['no puedo entrar en mi cuenta y el correo para restablecer la contraseña no llega.'],
				followUps: ['Sigue sin llegar el correo.', 'Ya puedo entrar, gracias.'],
				replies: ['antes de cambiar nada en la cuenta necesito verificar tu identidad: ¿me indicas los cuatro últimos dígitos de la tarjeta guardada?'],
				resolutions: ['Tu cuenta está desbloqueada. Cambia la contraseña nada más entrar, por favor.'],
			},
			refund: {
				subjects: ['Reembolso pendiente'],
				openings: ['devolví el {product} hace {days} días y todavía no he recibido el reembolso.'],
				followUps: ['¿Cuándo recibiré el dinero?', 'Recibido, muchas gracias.'],
				replies: ['gracias por tu paciencia. Tu devolución del pedido {order} ya está en el almacén; acabo de emitir el reembolso de {amount}.'],
				resolutions: ['El reembolso está completado. Según tu banco, tardará de 5 a 10 días hábiles.'],
			},
			cancellation: {
				subjects: ['Cancelar mi suscripción', 'Quiero darme de baja'],
				openings: ['quiero cancelar mi suscripción {plan} hoy mismo. Por favor, confirmádmelo por escrito.', 'me habéis vuelto a cobrar después de pedir la baja. Quiero que me devolváis el dinero.'],
				followUps: ['¿Está cancelada o no?', 'Gracias por la confirmación.'],
				replies: ['siento mucho las molestias. He cancelado tu suscripción y te he devuelto el último cargo de {amount}.'],
				resolutions: ['Cancelación confirmada, referencia CX-{digits}. No se te volverá a cobrar.'],
			},
		},
	},
};
